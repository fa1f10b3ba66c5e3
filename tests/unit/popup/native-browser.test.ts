// popup.js reaches the browser without webextension-polyfill (vite.config.ts swaps this module in
// for src/shared/browser.ts): Firefox's `browser` where there is one, else Chromium's `chrome`.
import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

test('Chromium: the promise-returning chrome.* API', async () => {
  const chrome = { runtime: { id: 'chromium' } };
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', chrome);
  const { default: api } = await import('../../../src/popup/native-browser');
  expect(api).toBe(chrome);
});

test('Firefox: browser.* first, even with a chrome.* beside it', async () => {
  const browser = { runtime: { id: 'firefox' } };
  vi.stubGlobal('browser', browser);
  vi.stubGlobal('chrome', { runtime: { id: 'chrome-compat' } });
  const { default: api } = await import('../../../src/popup/native-browser');
  expect(api).toBe(browser);
});
