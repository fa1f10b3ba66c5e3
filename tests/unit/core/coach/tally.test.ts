// The coach's tally (Insights' fast way to score a note) counts exactly the warnings and tips the
// coach itself gives: on generated notes built from the coach's own phrases, names, placeholders
// and awkward characters, for every kind of context; and its parts — the one-scan phrase search
// and the shortcut normalizing — answer what the coach's RegExps and full normalizing answer.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { coachNote, type Hint } from '../../../../src/core/coach';
import { normalizeForMatching, normalizeFully, phraseMatcher } from '../../../../src/core/coach/match';
import { phraseScanner } from '../../../../src/core/coach/phrase-scan';
import { secondPersonWords } from '../../../../src/core/coach/rules';
import { tallyNote } from '../../../../src/core/coach/tally';
import * as words from '../../../../src/core/coach/words';
import type { NoteContext } from '../../../../src/core/template';
import '../../fast-check-seed';

const lists = [
  words.reasonPhrases, words.commonGroundPhrases, words.conversationPhrases, words.jobAskPhrases, words.pitchPhrases,
  words.defaultInvitationLines, words.genericPhrases, [...secondPersonWords],
];
const everyPhrase = lists.flat();
const names = ['Mara', 'Lindqvist', 'Mara Lindqvist', 'Jürgen Weiß', 'Ana', 'X', 'O’Brien', 'Zoë', 'Open To', 'You Corp', 'Fjord Labs', 'KTH', 'Acme,', ' Nordlicht  GmbH '];

/** Pieces notes are made of: the coach's phrases (in any case), names, placeholders, words, and what sits between. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...everyPhrase).chain((p) => fc.constantFrom(p, p.toUpperCase(), p[0]!.toUpperCase() + p.slice(1))) },
  { weight: 2, arbitrary: fc.constantFrom(...names) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(' ', ' ', '  ', '\n', '\t', '\u00a0', ', ', '. ', '? ', '!', '?', "'", '’', '`', '-', '_', '___', '{{firstName}}', '{{', '}}',
      '[Company]', '{name}', '<Name>', 'XYZ', 'xxx', 'congrats', 'Glückwunsch', 'résumé', 'e\u0301', '😀', '𝐀', '\ud835', '\udc00', '5', 'ß', 'ı', 'İ', 'Ǆ'),
  },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('a', 'e', 'i', 'o', 'u', 'y', 'r', 's', 't', 'n', 'l'), minLength: 1, maxLength: 7 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const note = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
const value = fc.oneof(fc.constantFrom(...names, '', ' ', 'University of Edinburgh', 'CTO at Globex'), fc.constantFrom(...everyPhrase), fc.string({ maxLength: 12 }));
const contextKeys = ['firstName', 'lastName', 'fullName', 'company', 'headline', 'school', 'sharedSchool', 'sharedCompany', 'newRole', 'mutualName'] as const;
const context = fc.record(Object.fromEntries(contextKeys.map((key) => [key, value])) as Record<(typeof contextKeys)[number], fc.Arbitrary<string>>, {
  requiredKeys: [],
}) as fc.Arbitrary<NoteContext>;

const counted = (hints: Hint[]) => ({
  warnings: hints.filter((h) => h.severity === 'warn').length,
  tips: hints.filter((h) => h.severity === 'tip').length,
});

describe('tallyNote', () => {
  test('property: the same number of warnings and tips as coachNote, for any note, context, limit and kind', () => {
    fc.assert(fc.property(note, context, fc.integer({ min: 0, max: 400 }), fc.constantFrom('invitation' as const, 'follow-up' as const), (text, ctx, limit, kind) => {
      expect(tallyNote(text, { limit, context: ctx, kind })).toEqual(counted(coachNote(text, { limit, context: ctx, kind })));
    }), { numRuns: 3000 });
  });

  test.each([
    ['', {}],
    ['  \n ', { firstName: 'Mara' }],
    ['Hi {{firstName}}, I would like to add you to my professional network.', { firstName: 'Mara' }],
    ['Hi Mara, refer me for any openings? Our product has a free trial.', { firstName: 'Mara', company: 'Acme' }],
    ["Hi Mara, we both studied at KTH and I'm curious how you got into Acme. Open to a short chat?", { firstName: 'Mara', company: 'Acme' }],
    ['Hello there, congrats on the new role!', { fullName: 'Mara Lindqvist', newRole: 'CTO at Globex' }],
    ['Hello there.', { sharedSchool: 'KTH', mutualName: 'Ana' }],
    ['Hello there. Ana says hi', { mutualName: 'Ana' }],
    ['x'.repeat(250), {}],
  ] as [string, NoteContext][])('%j: as the coach counts', (text, ctx) => {
    for (const kind of ['invitation', 'follow-up'] as const) {
      expect(tallyNote(text, { limit: 200, context: ctx, kind })).toEqual(counted(coachNote(text, { limit: 200, context: ctx, kind })));
    }
  });
});

describe('phraseScanner', () => {
  const scanner = phraseScanner(lists);
  const matchers = lists.map(phraseMatcher);
  const expected = (normalized: string) => matchers.reduce((bits, matcher, i) => (matcher.test(normalized) ? bits | (1 << i) : bits), 0);

  test('property: each bit is whether that list\'s RegExp finds a phrase', () => {
    fc.assert(fc.property(note, (text) => {
      const normalized = normalizeForMatching(text);
      expect(scanner.scan(normalized)).toBe(expected(normalized));
    }), { numRuns: 3000 });
  });

  test.each(['your', 'yours', 'youth', 'ayou', 'you5', '5you', 'you𝐀', '𝐀you', '\udc00you', 'you\ud835', 'é you', 'youé', "i'd like to connect with you on linkedin", 'like-minded', 'like-mindedness', 'a chat', 'a chatter'])(
    '%j: the same as the RegExps',
    (text) => {
      expect(scanner.scan(text)).toBe(expected(text));
    },
  );
});

describe('normalizeForMatching', () => {
  test('property: its shortcuts give what the full way gives', () => {
    const text = fc.oneof(note, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom('A', 'b', ' ', '  ', '`', '’', '‘', 'ʼ', '\'', '~', '\u007f', 'É', '\t'), maxLength: 20 }));
    fc.assert(fc.property(text, (s) => {
      expect(normalizeForMatching(s)).toBe(normalizeFully(s));
    }), { numRuns: 1500 });
  });
});
