// Counting a note the way LinkedIn's <textarea> does (UTF-16 code units, one unit per line
// break); tests/e2e/count.test.ts checks the same cases against real Chromium.
import { describe, expect, test } from 'vitest';
import { countNote, normalizeLineBreaks } from '../../../src/core/count';
import { truncateToLimit } from '../../count-model';

describe('countNote', () => {
  test.each([
    ['', 0],
    ['Hello', 5],
    ['café', 4], // precomposed é
    ['cafe\u0301', 5], // e + combining acute: two units
    ['😀', 2], // outside the BMP: a surrogate pair
    ['👍🏽', 4], // emoji + skin-tone modifier
    ['👩‍👩‍👧', 8], // ZWJ family: three emoji and two joiners
    ['🇬🇧', 4], // flag: two regional indicators
    ['a\nb', 3],
    ['a\r\nb', 3], // pasted Windows line break becomes one "\n"
    ['a\rb', 3],
    ['a\r\n\r\nb', 4],
    ['a\n\rb', 4], // "\n" then a lone "\r": two breaks
    ['\t', 1],
    ['漢字', 2],
  ])('%j counts %i', (text, expected) => {
    expect(countNote(text)).toBe(expected);
  });
});

test('normalizeLineBreaks turns every break into "\\n"', () => {
  expect(normalizeLineBreaks('a\r\nb\rc\nd\r\r\n')).toBe('a\nb\nc\nd\n\n');
});

test('a note of exactly the limit fits', () => {
  expect(countNote('x'.repeat(200)) <= 200).toBe(true);
  expect(countNote('x'.repeat(201)) <= 200).toBe(false);
  expect(countNote(`${'x'.repeat(199)}\r\n`) <= 200).toBe(true);
});

describe('truncateToLimit', () => {
  test('keeps a note that fits, normalizing its breaks', () => {
    expect(truncateToLimit('a\r\nb', 3)).toBe('a\nb');
  });
  test('cuts to the limit but never between the halves of an emoji', () => {
    expect(truncateToLimit('ab😀', 3)).toBe('ab');
    expect(truncateToLimit('ab😀c', 4)).toBe('ab😀');
  });
  test('may cut inside a grapheme, as the browser does', () => {
    expect(truncateToLimit('e\u0301\u0301x', 2)).toBe('e\u0301');
    expect(truncateToLimit('👩‍👩‍👧', 3)).toBe('👩‍');
  });
  test('a limit of zero or less keeps nothing', () => {
    expect(truncateToLimit('abc', 0)).toBe('');
    expect(truncateToLimit('abc', -1)).toBe('');
  });
});
