// `npm run bench`: benchmarks are ordinary test files that measure and record numbers
// (tests/bench/record.ts); they assert nothing about time, so they never flake in `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/bench/**/*.bench.test.{ts,tsx}'],
    environment: 'happy-dom',
    testTimeout: 240_000,
    hookTimeout: 120_000,
    // One at a time: numbers are only comparable when nothing else competes for the two cores.
    fileParallelism: false,
    // ...and each starts once the one before has wound down (tests/bench/rest.ts).
    setupFiles: ['tests/bench/rest.ts'],
  },
});
