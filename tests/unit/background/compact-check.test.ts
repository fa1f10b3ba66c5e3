// The fast check of stored invitations (store/compact-check.ts) may only ever accept what the zod
// schema accepts, and must hand back what zod would: a property test over records near the edges.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkCompact } from '../../../src/background/store/compact-check';
import { Compact, decodeInvitation } from '../../../src/background/store/invitation-record';

const edgeString = (max: number) => fc.oneof(fc.string({ maxLength: max + 2 }), fc.constant(''), fc.string({ minLength: max, maxLength: max + 1 }));
const edgeNumber = fc.oneof(fc.integer({ min: -2, max: 10 }), fc.double(), fc.constant(8.64e15), fc.constant(8.64e15 + 1), fc.constant(1.5), fc.constant(NaN));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof(arb, fc.constant(null as unknown as T), fc.boolean() as unknown as fc.Arbitrary<T>), { nil: undefined });

const record = fc.record({
  v: fc.oneof(fc.constant(2), fc.constant('2'), fc.constant(3)),
  i: edgeString(64), k: edgeString(200), n: edgeString(200),
  y: maybe(edgeString(200)), c: maybe(edgeString(200)), h: maybe(edgeString(400)), t: maybe(edgeString(2000)), m: maybe(edgeString(64)),
  s: edgeNumber, st: maybe(edgeNumber), f: maybe(edgeNumber), sc: maybe(edgeNumber), o: maybe(edgeNumber),
  extra: maybe(fc.string()),
}, { requiredKeys: ['v', 'i', 'k', 'n', 's'] });

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
  const good = { v: 2, i: 'a1', k: 'ana-souza', n: 'Ana Souza', s: 1_700_000_000_000, st: 1, extra: 'ignored' };
  expect(checkCompact(good)).toEqual({ v: 2, i: 'a1', k: 'ana-souza', n: 'Ana Souza', s: 1_700_000_000_000, st: 1 });
  const bad = decodeInvitation({ ...good, st: 99 });
  expect(bad.ok).toBe(false);
  expect(bad.ok ? '' : bad.reason).toMatch(/st/);
});
