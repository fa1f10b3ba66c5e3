// Property tests explore new random cases on every local run, but CI replays one fixed seed so
// that a submission is judged on the same cases every time (set FC_SEED to replay another; a
// failure prints the seed that found it).
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261123' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
