// Compile-time flags (vite.config.ts `define`). __RAPPORT_TEST_HOOKS__ is true only in the test
// build (`npm run build:test`, RAPPORT_TEST_HOOKS=1) and in unit tests: the shipped build leaves
// out every branch it guards.
declare const __RAPPORT_TEST_HOOKS__: boolean;
