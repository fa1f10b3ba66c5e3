// The fast check of stored invitations (store/compact-check.ts) may only ever accept what the zod
// schema accepts, and must hand back what zod would: a property test over records near the edges.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkCompact } from '../../../src/background/store/compact-check';
import { Compact, decodeInvitation } from '../../../src/background/store/invitation-record';

// A valid record with one field set to an edge value (just inside or just outside a bound, the
// wrong type, missing), so most cases sit right at the schema's borders.
const limits: Record<string, number> = { i: 64, k: 200, n: 200, y: 200, c: 200, h: 400, t: 2000, m: 64, g: 200 };
const intMax: Record<string, number> = { s: 8.64e15, st: 4, f: 8.64e15, sc: 8.64e15, o: 2 };
// The conversation (`q`, issue #21) with one of its own fields at an edge, or not an object at all.
const conversation = { s: 1, r: 1_700_000_000_000, f: 1, c: 2, m: 't2', p: 'abcdefghijkl' };
const conversationEdge: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, [], 'q', 3, undefined, {}, conversation, { r: 0 }),
  fc.constantFrom('s', 'r', 'f', 'c').chain((f) => fc.constantFrom(0, -1, 3, 4, 8.64e15, 8.64e15 + 1, 1.5, '1', null, undefined).map((v) => ({ ...conversation, [f]: v }))),
  fc.constantFrom('m', 'p').chain((f) => fc.constantFrom('', 'x'.repeat(64), 'x'.repeat(65), 7, null, undefined).map((v) => ({ ...conversation, [f]: v }))),
  fc.boolean().map((extra) => ({ ...conversation, ...(extra ? { unknownKey: 1 } : {}) })),
);
const edgeValue = (field: string): fc.Arbitrary<unknown> => {
  if (field === 'q') return conversationEdge;
  const max = limits[field];
  // The company may be a length: how many of the headline's ('Engineer', 8) last characters it is.
  if (field === 'c') return fc.constantFrom('', 'x'.repeat(max!), 'x'.repeat(max! + 1), 0, 1, 8, 9, 1.5, -1, null, undefined);
  if (max !== undefined) return fc.constantFrom('', 'x'.repeat(max), 'x'.repeat(max + 1), 'x'.repeat(max - 1), 7, null, undefined);
  const top = intMax[field] ?? 0;
  return fc.constantFrom(0, -1, top, top + 1, 1.5, NaN, '3', null, undefined, 5, 3, 2);
};
const base = { v: 4, i: 'id1', k: 'ana-souza', n: 'Ana Souza', y: 'ana', c: 'Acme', h: 'Engineer', t: 'Hi', m: 't1', s: 1_700_000_000_000, st: 1, f: 1, sc: 2, o: 1, q: conversation, g: 'Anu Priya' };
const record = fc.constantFrom(...Object.keys(base).filter((k) => k !== 'v'), 'v').chain((field) =>
  fc.tuple(fc.constant(field), field === 'v' ? fc.constantFrom(3, 2, 1, 4, 5, '4', undefined) : edgeValue(field), fc.boolean(), fc.constantFrom('Acme', 3, 8)),
).map(([field, value, extra, c]) => ({ ...base, c, [field]: value, ...(extra ? { unknownKey: 'kept out' } : {}) }));

test('accepts only what zod accepts, with zod\'s output', () => {
  fc.assert(fc.property(record, (raw) => {
    const fast = checkCompact(raw as Record<string, unknown>);
    const slow = Compact.safeParse(raw);
    if (fast) {
      expect(slow.success).toBe(true);
      expect(fast).toEqual(slow.data);
    }
  }), { numRuns: 3000 });
});

test('a typical record takes the fast path; a damaged one still gets zod\'s reason', () => {
  const good = { v: 4, i: 'a1', k: 'ana-souza', n: 'Ana Souza', s: 1_700_000_000_000, st: 1, extra: 'ignored' };
  expect(checkCompact(good)).toEqual({ v: 4, i: 'a1', k: 'ana-souza', n: 'Ana Souza', s: 1_700_000_000_000, st: 1 });
  const bad = decodeInvitation({ ...good, st: 99 }, 'a1');
  expect(bad.ok).toBe(false);
  expect(bad.ok ? '' : bad.reason).toMatch(/st/);
});

test('the conversation takes the fast path too, and a damaged one gets zod\'s reason', () => {
  const good = { v: 4, i: 'a1', k: 'ana-souza', n: 'Ana Souza', s: 1_700_000_000_000, st: 1, q: { r: 1_700_000_100_000, s: 2 } };
  expect(checkCompact(good)).toEqual(good);
  const bad = decodeInvitation({ ...good, q: { r: 1, s: 9 } }, 'a1');
  expect(bad.ok ? '' : bad.reason).toMatch(/q\.s/);
});

test('a company longer than its headline, or a length without a headline, is zod\'s to explain', () => {
  const stored = { v: 4, k: 'ana-souza', n: 'Ana Souza', s: 1_700_000_000_000, h: 'CTO at Acme', c: 12 };
  const bad = decodeInvitation(stored, 'a1');
  expect(bad.ok ? '' : bad.reason).toMatch(/c/);
  expect(decodeInvitation({ ...stored, h: undefined, c: 4 }, 'a1').ok).toBe(false);
  const good = decodeInvitation({ ...stored, c: 4 }, 'a1');
  expect(good.ok && good.value).toMatchObject({ id: 'a1', company: 'Acme', headline: 'CTO at Acme' });
});
