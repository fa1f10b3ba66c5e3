// How the reader fuzz test runs: the same cases on every run (a fixed seed; FC_SEED replays
// another), few enough of them to finish well inside its timeout on a busy two-core machine
// (about 1 s alone there; the timeout allows 30 times that), and a failure that says which
// seed found it and how to replay it, so CI's log is enough to reproduce.
import fc from 'fast-check';

export const FUZZ_SEED = 20261203;
export const FUZZ_RUNS = 150;
export const FUZZ_TIMEOUT_MS = 30_000;

export function fuzzRun(env: Record<string, string | undefined> = process.env): { seed: number; numRuns: number } {
  const replay = Number(env.FC_SEED);
  return { seed: env.FC_SEED !== undefined && Number.isInteger(replay) ? replay : FUZZ_SEED, numRuns: FUZZ_RUNS };
}

/** fc.assert, but the error names the seed first and says how to replay it. */
export function checkWithSeed<T>(property: fc.IProperty<T>, run: { seed: number; numRuns: number }): void {
  const result = fc.check(property, run);
  if (!result.failed) return;
  throw new Error(`Reader fuzz failed with seed ${run.seed} (replay: FC_SEED=${run.seed} npx vitest run --project unit tests/unit/linkedin/resilience.test.ts)\n${fc.defaultReportMessage(result) ?? ''}`);
}
