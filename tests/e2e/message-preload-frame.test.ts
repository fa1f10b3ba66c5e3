// LinkedIn's /preload/ iframe mode (LINKEDIN.md §14, era D): every 2026 page carries a hidden
// same-origin `iframe[data-testid="interop-iframe"][src="/preload/?_bprMode=vanilla"]`, and the
// compose UI is reported to open inside it after a Message click. The manifest runs
// message-frame.js (content.js's message-box part) in frames at /preload/ only. Real Chromium, the
// built extension: while the frame is hidden nothing in it gets a composer (the person is not
// looking at it); the person's Message click shows the conversation there → the composer offers
// the request template → Insert enables LinkedIn's Send → the person's Send is recorded.
import { expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { inComposer, simSuite } from './composer-helpers';
import { closedRoots } from './closed-root';
import { simPages } from '../fixtures/sim/pages';
import * as m from './message-helpers';

const suite = simSuite();
const [lucia] = simPages['profile-2026'].people;

async function preloadFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith('https://www.linkedin.com/preload/'))).toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith('https://www.linkedin.com/preload/'))!;
  await frame.waitForFunction(() => 'openPerson' in ((window as unknown as { __simMessaging?: object }).__simMessaging ?? {}));
  return frame;
}

test('Message → the conversation in the /preload/ frame → request template → Insert → Send enables → the Send is recorded', async () => {
  await m.seedAccepted(suite.ext(), lucia.slug, lucia.name);
  const seen = await m.watchRequestsSent(suite.ext());
  const page = await suite.sim('profile-2026', { messagingIn: 'preload' });
  const frame = await preloadFrame(page);

  // A box drawn in the hidden frame is not one the person sees: no composer.
  await frame.evaluate((p) => (window as unknown as { __simMessaging: { openPerson(p: unknown): void } }).__simMessaging.openPerson(p), lucia);
  await m.messageEditor(frame).waitFor({ state: 'attached' });
  // Longer than a first composer takes with injection (the bench: about 0.1-0.45 s).
  await new Promise((r) => setTimeout(r, 1000));
  expect(await closedRoots(page)).toEqual([]);
  await frame.evaluate(() => document.querySelector('.sim-bubble')?.remove());

  // The person's Message click: LinkedIn shows the frame with the conversation in it.
  await m.messageControl(page, '2026').click();
  await m.messageEditor(frame).waitFor();
  expect(await page.locator('#interop-outlet').evaluate((host) => host.shadowRoot?.querySelector('[contenteditable]') ?? null)).toBeNull();
  await expect.poll(() => inComposer(page, 'preview').textContent()).toBe(m.requestText('Lucía'));
  expect(await m.messageSend(frame).isDisabled()).toBe(true);
  await inComposer(page, 'insert').click();
  await expect.poll(() => m.messageSend(frame).isDisabled()).toBe(false);
  expect(await m.messageEditor(frame).innerText()).toBe(m.requestText('Lucía'));
  await m.messageSend(frame).click();
  expect(await m.simMessages(frame)).toEqual([{ to: lucia.slug, name: lucia.name, text: m.requestText('Lucía') }]);
  await expect.poll(async () => (await seen())[0]).toEqual(
    expect.objectContaining({ type: 'conversation.request-sent', profileUrl: m.profileUrl(lucia.slug), templateId: m.REQUEST_TEMPLATE.id }),
  );
  await expect.poll(async () => (await m.tracked(suite.ext(), lucia.slug))?.conversation?.stage).toBe('requested');

  // Closed: LinkedIn hides the frame again, and the composer goes with the conversation.
  await frame.locator('[data-sim-close]').click();
  await expect.poll(async () => (await closedRoots(page)).length).toBe(0);
});
