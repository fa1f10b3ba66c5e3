// Era C's messaging overlay (#msg-overlay, an <aside> inside the application) added after load,
// as LinkedIn's single-page app does (issue #21): the content script does not watch the
// application on a profile, so the person's own click on Message must make it look again. Two
// ways the simulator adds the aside: empty, a while after load ('late'), or with the first
// bubble a moment after the first Message click ('first-message'). Either way the conversation
// opened gets the composer, Insert enables LinkedIn's Send, and later bubbles are seen too.
import { expect, test } from 'vitest';
import { inComposer, simSuite } from './composer-helpers';
import { simPages } from '../fixtures/sim/pages';
import * as m from './message-helpers';

const suite = simSuite();
const [daniel, ines] = simPages['profile-2024'].people;

test.each(['late', 'first-message'] as const)('overlay added %s → Message → the composer appears → Insert enables Send', async (overlayAt) => {
  await m.seedAccepted(suite.ext(), daniel.slug, daniel.name);
  const page = await suite.sim('profile-2024', { overlayAt });
  expect(await page.locator('#msg-overlay').count()).toBe(0);
  if (overlayAt === 'late') await page.locator('#msg-overlay').waitFor({ state: 'attached' });
  await m.openBubble(page, '2024');
  await expect.poll(() => inComposer(page, 'preview').textContent()).toBe(m.requestText('Daniel'));
  expect(await page.locator('.application-outlet > #msg-overlay .sim-bubble').count()).toBe(1);
  await inComposer(page, 'insert').click();
  await expect.poll(() => m.messageSend(page).isDisabled()).toBe(false);
  expect(await m.messageEditor(page).innerText()).toBe(m.requestText('Daniel'));

  // The overlay is watched from now on: a bubble drawn there without any click gets its composer too.
  await page.locator('[data-sim-close]').click();
  await expect.poll(() => inComposer(page, 'preview').count()).toBe(0);
  await page.evaluate((slug) => (window as unknown as { __simMessaging: { openBubble(s: string): void } }).__simMessaging.openBubble(slug), ines.slug);
  await expect.poll(() => inComposer(page, 'preview').textContent()).toMatch(/^Hi Ines,/);
});
