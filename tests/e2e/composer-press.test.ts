// composer.js is fetched as the person comes to Connect (the pointer entering it, Tab reaching it,
// a press on it), before the click: by the time LinkedIn draws its dialog the composer's code is
// there. A press elsewhere, or a page script's synthetic events, fetch nothing. Nor does a page
// script's focus() start Rapport's watch; the person's first sign, whatever it is, is enough.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluateInContentScript } from './harness';
import { inComposer, simSuite } from './composer-helpers';

const suite = simSuite();
const composerThere = (page: Page) => evaluateInContentScript(page, suite.ext().extensionId, 'typeof globalThis.__rapportComposer === "object"');

const CONNECT = 'main a[aria-label^="Invite "], main button[aria-label^="Invite "]';

async function pressOn(page: Page, selector: string): Promise<void> {
  const box = (await page.locator(selector).first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
}

test('the press on Connect brings composer.js before the click; the click then gets the composer', async () => {
  const page = await suite.sim('profile-2024', { variant: '2024' });
  expect(await composerThere(page)).toBe(false);
  await pressOn(page, CONNECT);
  await expect.poll(() => composerThere(page)).toBe(true);
  expect(await page.getByRole('dialog').count()).toBe(0); // no click yet: LinkedIn drew nothing
  await page.mouse.up();
  await inComposer(page, 'show-add-note').waitFor();
});

test('a press elsewhere, or a page script\'s synthetic hover, press, focus or Tab on Connect, fetches nothing', async () => {
  const page = await suite.sim('profile-2024', { variant: '2024' });
  await pressOn(page, 'main h1, main h2');
  await page.mouse.up();
  await page.evaluate(() => {
    const connect = document.querySelector<HTMLElement>('main [aria-label^="Invite "]')!;
    for (const type of ['pointerover', 'pointerdown']) connect.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true }));
    connect.focus();
    connect.dispatchEvent(new KeyboardEvent('keyup', { key: 'Tab', bubbles: true, composed: true }));
  });
  await page.waitForTimeout(500);
  expect(await composerThere(page)).toBe(false);
});

test('the pointer coming onto Connect brings composer.js, with no press', async () => {
  const page = await suite.sim('profile-2024', { variant: '2024' });
  const box = (await page.locator(CONNECT).first().boundingBox())!;
  await page.mouse.move(box.x - 40, box.y - 40);
  await page.waitForTimeout(300);
  expect(await composerThere(page)).toBe(false);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await expect.poll(() => composerThere(page)).toBe(true);
  await page.mouse.down();
  await page.mouse.up();
  await inComposer(page, 'show-add-note').waitFor();
});

test('Tab reaching Connect brings composer.js; Enter then gets the composer', async () => {
  const page = await suite.sim('profile-2024', { variant: '2024' });
  const onConnect = () => page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, CONNECT);
  for (let i = 0; i < 40 && !(await onConnect()); i++) {
    expect(await composerThere(page)).toBe(false); // Tab through other controls fetches nothing
    await page.keyboard.press('Tab');
  }
  expect(await onConnect()).toBe(true);
  await expect.poll(() => composerThere(page)).toBe(true);
  await page.keyboard.press('Enter');
  await inComposer(page, 'show-add-note').waitFor();
});

// Nothing of Rapport's watch is set up before the person's first sign (content/first-sign.ts):
// the sign that opens the dialog must itself be enough.
const pagesStarted = async (page: Page) => (await suite.ext().contentState<{ pages: number }>(page)).pages;

test('a page script\u2019s focus() on Connect starts nothing; the person\u2019s Enter, their first sign, gets the composer', async () => {
  const page = await suite.sim('profile-2024', { variant: '2024' });
  await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)!.focus(), CONNECT);
  await page.waitForTimeout(400);
  expect(await pagesStarted(page)).toBe(0);
  await page.keyboard.press('Enter');
  await inComposer(page, 'show-add-note').waitFor();
});

test('a click with no pointer move before it, the person\u2019s first sign, gets the composer', async () => {
  const page = await suite.sim('profile-2024', { variant: '2024' });
  await page.waitForTimeout(300);
  expect(await pagesStarted(page)).toBe(0);
  const box = (await page.locator(CONNECT).first().boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2, button: 'left', clickCount: 1 } as const;
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at });
  await inComposer(page, 'show-add-note').waitFor();
});
