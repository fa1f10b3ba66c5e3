// What the content script last read, for the real-browser tests only: they read it through the
// DevTools protocol in the script's isolated world, which LinkedIn's page scripts cannot see.
// Every use sits behind `if (__RAPPORT_TEST_HOOKS__)`, so the shipped content.js has none of it
// (tests/e2e/test-hooks.test.ts builds one and checks).
export interface TestState {
  url: string;
  pages: number;
  kind: string;
  profile: unknown;
  dialog: unknown;
  /** The step the composer is mounted at, or null when none is. */
  composer: { stage: string } | null;
}

export function testState(): TestState {
  const world = globalThis as { __rapport?: TestState };
  return (world.__rapport ??= { url: '', pages: 0, kind: '', profile: null, dialog: null, composer: null });
}
