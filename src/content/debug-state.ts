// What the content script last read, kept on its own isolated-world global. LinkedIn's page
// scripts cannot see this world; the real-browser tests read it through the DevTools protocol
// to check that the script in Chromium reads the same as the unit tests.
export const debugState = {
  url: '',
  pages: 0,
  kind: '' as string,
  profile: null as unknown,
  dialog: null as unknown,
  /** The step the composer is mounted at, or null when none is. */
  composer: null as { stage: string } | null,
};

(globalThis as { __rapport?: typeof debugState }).__rapport = debugState;
