import { describe, expect, test } from 'vitest';
import { copyName, draftProblems, moveId, placeAfter } from '../../../src/options/templates/template-order';
import { insertAt, variableTag } from '../../../src/options/templates/insert-variable';

describe('moving templates', () => {
  const ids = ['a', 'b', 'c'];
  test('moves one place up or down', () => {
    expect(moveId(ids, 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveId(ids, 'b', 1)).toEqual(['a', 'c', 'b']);
  });
  test('stays put at either end and for an unknown id, without touching the input', () => {
    expect(moveId(ids, 'a', -1)).toEqual(ids);
    expect(moveId(ids, 'c', 1)).toEqual(ids);
    expect(moveId(ids, 'x', 1)).toEqual(ids);
    expect(ids).toEqual(['a', 'b', 'c']);
  });
  test('a duplicate is placed right after its original', () => {
    expect(placeAfter(['a', 'b', 'c', 'copy'], 'copy', 'a')).toEqual(['a', 'copy', 'b', 'c']);
    expect(placeAfter(['a', 'copy'], 'copy', 'gone')).toEqual(['a', 'copy']);
  });
});

describe('copy names', () => {
  test('picks the first free "(copy)" name', () => {
    expect(copyName('Intro', ['Intro'], 'copy')).toBe('Intro (copy)');
    expect(copyName('Intro', ['Intro', 'Intro (copy)'], 'copy')).toBe('Intro (copy 2)');
    expect(copyName('Intro', ['Intro', 'Intro (copy)', 'Intro (copy 2)'], 'Kopie')).toBe('Intro (Kopie)');
  });
  test('stays within the 120-character name limit', () => {
    const long = 'x'.repeat(120);
    const name = copyName(long, [long], 'copy');
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith(' (copy)')).toBe(true);
  });
});

describe('draft checks', () => {
  test('a name is required and limited, the body is limited', () => {
    expect(draftProblems({ name: '  ', body: '', kind: 'invitation' })).toEqual(['name-empty']);
    expect(draftProblems({ name: 'n'.repeat(121), body: 'b'.repeat(2001), kind: 'invitation' })).toEqual(['name-long', 'body-long']);
    expect(draftProblems({ name: 'Fine', body: 'Hi {{firstName}}', kind: 'follow-up' })).toEqual([]);
  });
});

describe('inserting a variable', () => {
  test('at the caret, replacing a selection, caret after the tag', () => {
    expect(insertAt('Hi ,', 3, 3, variableTag('firstName'))).toEqual({ body: 'Hi {{firstName}},', caret: 16 });
    expect(insertAt('Hi NAME!', 3, 7, '{{firstName}}')).toEqual({ body: 'Hi {{firstName}}!', caret: 16 });
  });
  test('a caret outside the text is clamped', () => {
    expect(insertAt('ab', 10, 12, 'X')).toEqual({ body: 'abX', caret: 3 });
    expect(insertAt('ab', -4, -1, 'X')).toEqual({ body: 'Xab', caret: 1 });
  });
});
