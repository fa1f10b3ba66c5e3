// Where the composer goes at the invite dialog's first step, in Chromium with the built extension:
// above LinkedIn's buttons, drawn in the dialog's first frame, so a button the person may already
// be aiming at never moves (checked against the first frame the button was painted in). A
// composer that comes after that frame goes after the buttons (unit: composer-mount.test.tsx).
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluateInContentScript } from './harness';
import { simSuite, clickConnect, composer, inComposer, linkedInButton } from './composer-helpers';

const suite = simSuite();
const composerThere = (page: Page) => evaluateInContentScript(page, suite.ext().extensionId, 'typeof globalThis.__rapportComposer === "object"');

/**
 * Records, from the next frame on, where LinkedIn's "Send without a note" is in the first frame it
 * exists (a requestAnimationFrame callback sees the layout that frame paints). Looks through open
 * shadow roots (the 2026 dialog); Rapport's own root is closed and not looked into.
 */
async function watchFirstPaintedButton(page: Page): Promise<void> {
  await page.evaluate(() => {
    const selector = 'button[aria-label="Send without a note"]';
    const find = (root: Document | ShadowRoot): Element | null => {
      const found = root.querySelector(selector);
      if (found) return found;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot ? find(el.shadowRoot) : null;
        if (inner) return inner;
      }
      return null;
    };
    const w = window as unknown as { __firstButtonTop?: number | null; __buttonTop?: () => number | null };
    w.__firstButtonTop = null;
    w.__buttonTop = () => find(document)?.getBoundingClientRect().top ?? null;
    const frame = () => {
      const top = w.__buttonTop?.() ?? null;
      if (top === null) requestAnimationFrame(frame);
      else w.__firstButtonTop = top;
    };
    requestAnimationFrame(frame);
  });
}

const buttonTops = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __firstButtonTop?: number | null; __buttonTop: () => number | null };
    return { first: w.__firstButtonTop ?? null, now: w.__buttonTop() };
  });

/** True when the composer's host comes before LinkedIn's "Add a note" in the document. */
const composerAboveButtons = (page: Page) =>
  composer(page).evaluate((section) => {
    const host = (section.getRootNode() as ShadowRoot).host;
    const button = (host.getRootNode() as Document | ShadowRoot).querySelector('button[aria-label="Add a note"]');
    return !!button && (host.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });

const firstFrameSeen = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __firstButtonTop?: number | null }).__firstButtonTop != null);

describe.each(['2024', '2026'] as const)('first step, dialog variant %s', (variant) => {
  test('a person\'s press on Connect brings the code; the composer is drawn above the buttons and none moves', async () => {
    const page = await suite.sim('profile-2026', { variant });
    await watchFirstPaintedButton(page);
    // A person holds the button a moment: composer.js arrives at the press, before LinkedIn draws.
    const connect = (await page.locator('main [aria-label^="Invite "]').first().boundingBox())!;
    await page.mouse.move(connect.x + connect.width / 2, connect.y + connect.height / 2);
    await page.mouse.down();
    await expect.poll(() => composerThere(page)).toBe(true);
    await page.mouse.up();
    await inComposer(page, 'show-add-note').waitFor();
    expect(await composerAboveButtons(page)).toBe(true);
    await firstFrameSeen(page);
    let tops = await buttonTops(page);
    expect(tops.now).toBe(tops.first);

    // The next dialog of the page (a quick click): the same.
    await linkedInButton(page, 'Dismiss').click();
    await expect.poll(() => composer(page).count()).toBe(0);
    await watchFirstPaintedButton(page);
    await clickConnect(page);
    await inComposer(page, 'show-add-note').waitFor();
    expect(await composerAboveButtons(page)).toBe(true);
    await firstFrameSeen(page);
    tops = await buttonTops(page);
    expect(tops.now).toBe(tops.first);
  });
});
