// The prompt carries only the request's own fields (what the composer shows), and the output
// checks and the word diff behave on their own.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  actionPrompt, aiFactNames, pointInPlay, cleanOutput, contactDetails, factsFrom, findModelApi, introducesContact, modelAvailability,
  shorterPrompt, SYSTEM_PROMPT, wordDiff, type AiFacts, type AiRequest,
} from '../../../../src/core/ai';

// Bracketed, so a value never hides inside Rapport's own wording.
const value = fc.stringMatching(/^[A-Za-zÀ-ÿ]{3,12}( [A-Za-zÀ-ÿ]{3,12}){0,3}$/).map((v) => `⟨${v}⟩`);
const facts = fc.record(Object.fromEntries(aiFactNames.map((n) => [n, value])) as Record<keyof AiFacts, typeof value>, { requiredKeys: [] });
const request = fc.record({
  action: fc.constantFrom('shorten', 'weave', 'draft' as const),
  note: fc.oneof(fc.constant(''), value),
  facts,
  point: fc.option(value, { nil: undefined }),
  limit: fc.constantFrom(200, 300),
  language: fc.constantFrom('en', 'de'),
}) as fc.Arbitrary<AiRequest>;

/** The prompt with every field value of the request taken out: what is left is Rapport's own wording. */
function skeleton(r: AiRequest, variant: number): string {
  let prompt = actionPrompt(r, variant);
  const values = [r.note, r.point ?? '', ...Object.values(r.facts)].filter(Boolean).sort((a, b) => b.length - a.length);
  for (const v of values) prompt = prompt.split(v).join('∎');
  return prompt.replace(/\d+/g, 'N');
}

describe('the prompt', () => {
  test('holds nothing but the request\'s fields and fixed wording: two requests with the same shape give the same skeleton', () => {
    fc.assert(fc.property(request, request, fc.integer({ min: 1, max: 3 }), (a, b, variant) => {
      const point = a.point ? (b.point ?? '⟨other point⟩') : undefined;
      // Shorten works with the point only when the note already says it: that is part of the shape.
      const noteSaysPoint = a.action === 'shorten' && pointInPlay(a) !== undefined;
      const sameShape: AiRequest = {
        ...b, action: a.action, note: noteSaysPoint ? point! : a.note ? b.note || '⟨Other note⟩' : '', point,
        facts: Object.fromEntries(Object.keys(a.facts).map((k) => [k, `⟨${b.facts[k as keyof AiFacts] ?? 'Other'}⟩`])), limit: a.limit, language: a.language,
      };
      // (Random words may still make one note say its point and the other not: a different shape.)
      fc.pre((pointInPlay(sameShape) === undefined) === (pointInPlay(a) === undefined));
      expect(skeleton(sameShape, variant)).toBe(skeleton(a, variant));
    }));
  });

  test('facts come from the composer\'s context only, trimmed; hidden fields of a request never reach the prompt', () => {
    expect(factsFrom({ firstName: ' Lucía ', company: 'Calloway', location: 'Madrid', mutualCount: 4 })).toEqual({ firstName: 'Lucía', company: 'Calloway' });
    const sneaky = { action: 'draft', note: '', facts: { firstName: 'Lucía' }, limit: 200, language: 'en', pageText: 'SECRET-PAGE-TEXT' } as AiRequest;
    expect(actionPrompt(sneaky, 1)).not.toContain('SECRET');
    expect(actionPrompt(sneaky, 1)).toContain('Their first name: Lucía');
    expect(shorterPrompt(sneaky, 230)).toBe('That version has 230 characters; the limit is 200. Reply with a shorter version that keeps the same rules.');
  });

  test('a draft follows the coach: a reason, common ground, a question, in the interface language when there is no note', () => {
    const prompt = actionPrompt({ action: 'draft', note: '', facts: { firstName: 'Ana' }, limit: 300, language: 'es-ES' }, 1);
    expect(prompt).toMatch(/reason to connect.*common ground.*end with a question/);
    expect(prompt).toContain('Write in Spanish.');
    expect(SYSTEM_PROMPT).toMatch(/Never ask for a job/);
  });
});

describe('output checks', () => {
  test.each([
    ['<b>Hi</b>', 'markup'],
    ['Hi <script>alert(1)</script>', 'markup'],
    ['```Hi```', 'markup'],
    ['  \n ', 'empty'],
  ])('%j is rejected as %s', (raw, why) => {
    expect(cleanOutput(raw)).toEqual({ rejected: why });
  });

  test('plain text comes back trimmed; quotes around the whole note and emphasis markers go; "<3" style text is no tag', () => {
    expect(cleanOutput('  “Hi Ana, **great** talk!”  ')).toEqual({ text: 'Hi Ana, great talk!' });
    expect(cleanOutput('## Hi Ana\n\n\n\nSee you?')).toEqual({ text: 'Hi Ana\n\nSee you?' });
    expect(cleanOutput('Costs < 3 and > 2')).toEqual({ text: 'Costs < 3 and > 2' });
  });

  test('contact details are found in their usual shapes and compared loosely', () => {
    expect(contactDetails('Mail A@B.io, see www.x.com/a, call (030) 123-4567.')).toEqual(['mail:a@b.io', 'url:x.com/a', 'tel:0301234567']);
    expect(introducesContact('call 030 123 4567', ['my number is 030-1234567'])).toBe(false);
    expect(introducesContact('call 030 123 4567', ['no number'])).toBe(true);
    expect(introducesContact('We met in 2024 at the 3 day summit.', [''])).toBe(false);
  });
});

describe('the word diff', () => {
  test('marks removed and added words and keeps the rest', () => {
    expect(wordDiff('Hi Ana, I loved your long talk.', 'Hi Ana, I loved your talk!')).toEqual([
      { kind: 'same', text: 'Hi Ana, I loved your ' },
      { kind: 'removed', text: 'long talk.' },
      { kind: 'added', text: 'talk!' },
    ]);
    // A rewrite reads as one block out, one block in, not word-by-word confetti.
    expect(wordDiff('I read about your routes for small shops.', 'I saw your work on city logistics.')).toEqual([
      { kind: 'same', text: 'I ' },
      { kind: 'removed', text: 'read about your routes for small shops.' },
      { kind: 'added', text: 'saw your work on city logistics.' },
    ]);
  });

  test('joining the kept and added parts gives the candidate; kept and removed give the note', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c', ' ', 'dd'), { maxLength: 30 }), fc.array(fc.constantFrom('a', 'b', 'c', ' ', 'dd'), { maxLength: 30 }), (x, y) => {
      const before = x.join('');
      const after = y.join('');
      const parts = wordDiff(before, after);
      expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
      expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before);
    }));
  });
});

describe('feature detection', () => {
  test('no LanguageModel, a malformed one, or one that throws reads as unavailable', async () => {
    expect(findModelApi({})).toBeNull();
    expect(findModelApi({ LanguageModel: { availability: 1 } })).toBeNull();
    expect(await modelAvailability(null)).toBe('unavailable');
    expect(await modelAvailability({ availability: async () => { throw new Error('x'); }, create: async () => { throw new Error('x'); } })).toBe('unavailable');
    expect(await modelAvailability({ availability: async () => 'readily', create: async () => { throw new Error('x'); } })).toBe('unavailable');
    const api = { availability: async () => 'downloadable', create: async () => { throw new Error('x'); } };
    expect(findModelApi({ LanguageModel: api })).toBe(api);
    expect(await modelAvailability(api)).toBe('downloadable');
  });
});
