// One decision about a template's validity, and a "did you mean" that catches real typos.
import { describe, expect, test } from 'vitest';
import { canInsertNote, parseTemplate, renderTemplate, suggestVariable, templateValidity } from '../../../../src/core/template';
import { editDistance } from '../../../../src/core/template/suggest';

describe('did you mean', () => {
  test.each([
    ['frstName', 'firstName'], // one letter left out
    ['firstNme', 'firstName'],
    ['fristName', 'firstName'], // two letters swapped
    ['frstNme', 'firstName'], // two letters left out
    ['compnay', 'company'],
    ['campany', 'company'],
    ['lastname', 'lastName'],
    ['first_name', 'firstName'],
    ['FirstName', 'firstName'],
    ['full-name', 'fullName'],
    ['headlines', 'headline'],
    ['schol', 'school'],
    ['myname', 'myName'],
    ['mutalName', 'mutualName'],
    ['locaton', 'location'],
  ])('%s → %s', (typo, meant) => {
    expect(suggestVariable(typo)).toBe(meant);
  });

  test.each(['nope', 'employer', 'x', '', 'name', 'title', 'firstNameAndMore'])('no guess for %j', (name) => {
    expect(suggestVariable(name)).toBeUndefined();
  });

  test('the message shows the tag as written and the suggestion, as the README promises', () => {
    const { errors } = parseTemplate('Hi {{frstName}}, at {{nope}}');
    expect(errors.map((e) => `Line ${e.line}, column ${e.column}: ${e.message}`)).toEqual([
      'Line 1, column 4: Unknown variable "{{frstName}}"; did you mean {{firstName}}?',
      'Line 1, column 21: Unknown variable "{{nope}}".',
    ]);
  });

  test('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('abc', 'acb')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('template validity', () => {
  test('the issue\'s broken template is invalid, with the first error first', () => {
    const body = 'Hi {{frstName}} … {{nope}} {{firstName';
    const validity = templateValidity(body);
    expect(validity.valid).toBe(false);
    expect(validity.errors).toHaveLength(3);
    expect(validity.first).toMatchObject({ index: 3, line: 1, column: 4 });
  });

  test('a clean template is valid', () => {
    expect(templateValidity('Hi {{firstName}}, {{company|your team}}.')).toEqual({ valid: true, errors: [], first: null });
  });

  test('a note can be inserted only from a valid template that left something to say', () => {
    expect(canInsertNote(renderTemplate('Hi {{firstName}}, glad to connect.', { firstName: 'Ana' }))).toBe(true);
    expect(canInsertNote(renderTemplate('Hi {{frstName}}, glad to connect.', { firstName: 'Ana' }))).toBe(false);
    expect(canInsertNote(renderTemplate('{{company}}', {}))).toBe(false);
    expect(canInsertNote(null)).toBe(false);
  });
});
