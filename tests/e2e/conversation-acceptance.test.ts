// Issue #21's acceptance as one continuous flow in real Chromium with the built extension: an
// accepted invitation → the popup shows "Ask for a conversation" → the person opens the
// conversation in the simulator's overlay → the composer offers the request template for that
// person → Insert → LinkedIn's Send enables → the person clicks Send → Rapport records the
// request → 7 days later (clock moved) the badge counts it and the popup offers the follow-up (and
// so does the composer in the conversation) → a reply marked → it leaves the queue.
import { expect, test } from 'vitest';
import { inComposer, simSuite } from './composer-helpers';
import { simPages } from '../fixtures/sim/pages';
import * as m from './message-helpers';

const suite = simSuite();
const [lucia] = simPages['profile-2026'].people;
/** Rapport's starter follow-up on a request (offered when the person has none of their own). */
const FOLLOW_UP_STARTER = 'Conversation: one follow-up';

test('accepted → ask → Insert → the person\'s Send is recorded → a week later the follow-up is due → a reply leaves the queue', async () => {
  const ext = suite.ext();
  const errors: string[] = [];
  await m.seedAccepted(ext, lucia.slug, lucia.name, 1);

  // The popup asks for a conversation with the freshly accepted person; nothing is due yet.
  let popup = await m.openPopup(ext, errors);
  await popup.locator('[role=option]').first().waitFor();
  expect(await m.queueNames(popup, 'ask')).toEqual([lucia.name]);
  await expect(popup.locator('[data-rapport="section-ask"]').textContent()).resolves.toContain('Ask for a conversation');
  await expect.poll(() => m.badgeText(ext)).toBe('');
  await popup.close();

  // The person opens the conversation on LinkedIn: the composer offers the request for Lucía.
  const seen = await m.watchRequestsSent(ext);
  const page = await suite.sim('profile-2026');
  await m.openBubble(page, '2026');
  await expect.poll(() => inComposer(page, 'preview').textContent()).toBe(m.requestText('Lucía'));
  expect(await inComposer(page, 'template').optionLabels()).toEqual([m.REQUEST_TEMPLATE.name]);
  expect(await m.messageSend(page).isDisabled()).toBe(true);
  await inComposer(page, 'insert').click();
  await expect.poll(() => m.messageSend(page).isDisabled()).toBe(false);

  // The person clicks LinkedIn's own Send (a real click): LinkedIn sends, Rapport records the request.
  await m.messageSend(page).click();
  expect(await m.simMessages(page)).toEqual([{ to: lucia.slug, name: lucia.name, text: m.requestText('Lucía') }]);
  await expect.poll(async () => (await seen()).length).toBe(1);
  await expect.poll(async () => (await m.tracked(ext, lucia.slug))?.conversation).toEqual(
    expect.objectContaining({ stage: 'requested', templateId: m.REQUEST_TEMPLATE.id }),
  );
  popup = await m.openPopup(ext, errors);
  await popup.locator('[data-rapport="queue-empty"]').waitFor();
  await expect.poll(() => m.badgeText(ext)).toBe('');
  await popup.close();

  // Seven days later: the badge counts the follow-up, the popup offers it, and so does the composer.
  await m.moveClock(ext, 7);
  await expect.poll(() => m.badgeText(ext)).toBe('1');
  popup = await m.openPopup(ext, errors);
  await popup.locator('[role=option]').first().waitFor();
  expect(await m.queueNames(popup, 'request-due')).toEqual([lucia.name]);
  await expect(popup.locator('[data-rapport="section-request-due"]').textContent()).resolves.toContain('Follow up on your request');
  await expect(popup.locator('[data-rapport="days"]').textContent()).resolves.toBe('7 days ago');
  await page.reload();
  await m.openBubble(page, '2026');
  await expect.poll(async () => (await inComposer(page, 'template').optionLabels())[0]).toBe(FOLLOW_UP_STARTER);

  // Lucía replied: marked in the popup (its keyboard mark), she leaves the queue and the badge.
  await popup.bringToFront();
  await popup.locator('[role=listbox]').focus();
  await popup.keyboard.press('r');
  await popup.locator('[data-rapport="queue-empty"]').waitFor();
  await expect.poll(() => m.badgeText(ext)).toBe('');
  await expect.poll(async () => (await m.tracked(ext, lucia.slug))?.conversation?.stage).toBe('replied');
  await popup.close();
  expect(errors).toEqual([]);
});
