// The reader fuzz test is deterministic and says its seed when it fails (it was flaky: 300 random
// cases against Vitest's 5 s default, new cases on every local run).
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { FUZZ_SEED, FUZZ_TIMEOUT_MS, checkWithSeed, fuzzRun } from './reader-fuzz';

test('the same seed every run unless FC_SEED asks for another', () => {
  expect(fuzzRun({})).toEqual({ seed: FUZZ_SEED, numRuns: expect.any(Number) });
  expect(fuzzRun({ FC_SEED: '42' }).seed).toBe(42);
  expect(fuzzRun({ FC_SEED: 'x' }).seed).toBe(FUZZ_SEED);
  const sample = (seed: number) => fc.sample(fc.string(), { seed, numRuns: 5 });
  expect(sample(fuzzRun({}).seed)).toEqual(sample(fuzzRun({}).seed));
});

test('the budget leaves room for a busy machine', () => {
  expect(FUZZ_TIMEOUT_MS).toBeGreaterThanOrEqual(30_000);
  expect(fuzzRun({}).numRuns).toBeLessThanOrEqual(150);
});

test('a failure names the seed and how to replay it', () => {
  const failing = fc.property(fc.nat(), (n) => n < 0);
  expect(() => checkWithSeed(failing, { seed: 7, numRuns: 10 })).toThrow(/seed 7 \(replay: FC_SEED=7 /);
});
