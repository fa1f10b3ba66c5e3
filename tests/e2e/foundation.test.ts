// The extension loads into real Chromium: worker, content script, popup and options page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, type Extension, watchErrors } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('the built extension in Chromium', () => {
  test('the service worker starts as an ES module of our extension', async () => {
    expect(ext.serviceWorker.url()).toBe(`chrome-extension://${ext.extensionId}/service-worker-loader.js`);
    const id = await ext.serviceWorker.evaluate(() => chrome.runtime.id);
    expect(id).toBe(ext.extensionId);
  });

  test('the content script runs on a routed LinkedIn profile page', async () => {
    const url = 'https://www.linkedin.com/in/anu-priya-velamuri-fixture/';
    const page = await ext.openLinkedIn(url, { file: 'linkedin/2024-connect-primary-mutuals.html' });
    const state = await ext.contentState<{ url: string; pages: number }>(page);
    expect(state.url).toBe(url);
    expect(state.pages).toBe(1);
    await page.close();
  });

  for (const [name, path, heading] of [
    ['popup', 'src/popup/index.html', 'Follow-ups'],
    ['options page', 'src/options/index.html', 'Rapport'],
  ] as const) {
    test(`the ${name} opens at its chrome-extension:// URL and renders without console errors`, async () => {
      const page = await ext.context.newPage();
      const errors = watchErrors(page);
      await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
      await expect(page.locator('h1').first().textContent()).resolves.toContain(heading);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('nothing left the browser during these flows', () => {
    expect(ext.unexpectedRequests).toEqual([]);
  });
});
