// nameWords trims each word's ends of what is neither a letter nor a digit. It builds the
// Unicode-property expression only for words with a non-ASCII end (the compile is the costliest
// step of a cold profile read); these check that the ASCII path answers exactly as the rule does.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isPartOfName, nameWords, sameName } from '../../../src/linkedin/card-evidence';
import { collapse } from '../../../src/core/text';
import { decodeEntities } from '../../../src/linkedin/text';

/** The rule as it was written before the ASCII path: one expression for every word. */
const byRule = (name: string) =>
  collapse(decodeEntities(name).normalize('NFC').toLocaleLowerCase())
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);

const pieces = ['a', 'Z', '9', '.', ',', '(', ')', '"', "'", '’', '«', '»', 'Á', 'ß', 'é', '李', '—', '-', ' ', '  ', '&amp;', '🙂', '١', 'Ⓐ', '_'];

describe('nameWords', () => {
  test('answers as the Unicode rule does, for names mixing ASCII and other ends', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const name = parts.join('');
        expect(nameWords(name)).toEqual(byRule(name));
      }),
      { numRuns: 3000 },
    );
  });

  test('and for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (name) => {
      expect(nameWords(name)).toEqual(byRule(name));
    }), { numRuns: 2000 });
  });

  test('keeps what names are compared by', () => {
    expect(nameWords('(Anna) Okafor,')).toEqual(['anna', 'okafor']);
    expect(nameWords('«Ádám» Kovács!')).toEqual(['ádám', 'kovács']);
    expect(sameName('Lena  Okafor', 'lena okafor.')).toBe(true);
    expect(isPartOfName('Ádám', 'Kovács Ádám')).toBe(true);
  });
});
