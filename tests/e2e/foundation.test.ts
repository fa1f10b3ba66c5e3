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
    await ext.arrive(page);
    await expect.poll(async () => (await ext.contentState<{ pages: number }>(page)).pages).toBe(1);
    expect((await ext.contentState<{ url: string }>(page)).url).toBe(url);
    await page.close();
  });

  test('the content script sets nothing up until the person is there; a page script cannot start it', async () => {
    const page = await ext.openLinkedIn('https://www.linkedin.com/in/no-one-here-yet/', { file: 'linkedin/2024-connect-primary-mutuals.html' });
    await page.waitForLoadState('load');
    // The page's own script makes every sign Rapport listens for, untrusted.
    await page.evaluate(() => {
      const target = document.querySelector('main button') ?? document.body;
      for (const type of ['pointerover', 'keydown', 'wheel', 'focusin', 'click']) target.dispatchEvent(new Event(type, { bubbles: true }));
    });
    await page.waitForTimeout(500);
    expect((await ext.contentState<{ pages: number }>(page)).pages).toBe(0);
    await page.keyboard.press('Shift');
    await expect.poll(async () => (await ext.contentState<{ pages: number }>(page)).pages).toBe(1);
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
