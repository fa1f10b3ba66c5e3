// composer.js is fetched at the person's press on Connect, before the click: by the time LinkedIn
// draws its dialog the composer's code is there. A press elsewhere, or a page script's synthetic
// press, fetches nothing.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluateInContentScript } from './harness';
import { inComposer, simSuite } from './composer-helpers';

const suite = simSuite();
const composerThere = (page: Page) => evaluateInContentScript(page, suite.ext().extensionId, 'typeof globalThis.__rapportComposer === "object"');

async function pressOn(page: Page, selector: string): Promise<void> {
  const box = (await page.locator(selector).first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
}

test('the press on Connect brings composer.js before the click; the click then gets the composer', async () => {
  const page = await suite.sim('profile-2024', { variant: '2024' });
  expect(await composerThere(page)).toBe(false);
  await pressOn(page, 'main a[aria-label^="Invite "], main button[aria-label^="Invite "]');
  await expect.poll(() => composerThere(page)).toBe(true);
  expect(await page.getByRole('dialog').count()).toBe(0); // no click yet: LinkedIn drew nothing
  await page.mouse.up();
  await inComposer(page, 'show-add-note').waitFor();
});

test('a press elsewhere, or a page script\'s synthetic press on Connect, fetches nothing', async () => {
  const page = await suite.sim('profile-2024', { variant: '2024' });
  await pressOn(page, 'main h1, main h2');
  await page.mouse.up();
  await page.evaluate(() => {
    const connect = document.querySelector('main [aria-label^="Invite "]')!;
    connect.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  });
  await page.waitForTimeout(500);
  expect(await composerThere(page)).toBe(false);
});
