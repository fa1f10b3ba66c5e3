// After "accepted" in the real extension (issue #21): the popup asks for a conversation, the request
// is marked sent by hand, a week later (the worker's and the popup's clocks moved on) the badge counts
// it and the popup offers the follow-up from the person's template, a reply marked takes it out of
// the queue (undo brings it back), and the options History shows the stage.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension, watchErrors } from './harness';
import { badgeText, DAY, moveClock as moveExtensionClock, openPopup, POPUP, queueNames } from './message-helpers';
let ext: Extension;
const errors: string[] = [];
const open: Page[] = [];

const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const backup = JSON.stringify({
  format: 'rapport-backup',
  version: 2,
  templates: [
    { id: 'tpl-invite', name: 'Invite', body: 'Hi {{firstName}}!', kind: 'invitation' },
    { id: 'tpl-ask-again', name: 'Ask again', body: 'Hi {{firstName}}, a short nudge on my question about a 20-minute call. — {{myName}}', kind: 'conversation-follow-up' },
  ],
  invitations: [
    { id: 'ana', name: 'Ana Pereira', profileUrl: 'https://www.linkedin.com/in/ana-pereira/', company: 'Acme', note: 'Hi Ana', sentAt: daysAgo(5), status: 'accepted', statusChangedAt: daysAgo(1), source: 'composer' },
    { id: 'old', name: 'Old Contact', profileUrl: 'https://www.linkedin.com/in/old-contact/', note: '', sentAt: daysAgo(400), status: 'accepted', statusChangedAt: daysAgo(390), source: 'import' },
  ],
  settings: { myName: 'Sam Rivera' },
});

async function popup(): Promise<Page> {
  const page = await openPopup(ext, errors);
  open.push(page);
  return page;
}
const badge = () => badgeText(ext);
const names = queueNames;
const moveClock = (days: number) => moveExtensionClock(ext, days);

beforeAll(async () => {
  ext = await launchExtension();
  const page = await ext.openExtensionPage(POPUP);
  const reply = await page.evaluate((text) => chrome.runtime.sendMessage({ type: 'backup.import', text, mode: 'replace' }), backup);
  expect(reply).toMatchObject({ ok: true });
  await page.close();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
  expect(errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await ext?.close();
});

describe('the conversation after acceptance', () => {
  test('ask → request sent by hand → a week later follow up (badge, copy) → replied leaves the queue → History', async () => {
    let page = await popup();
    await page.locator('[role=option]').first().waitFor();
    // Freshly accepted only: an acceptance from a year ago is not offered.
    expect(await names(page, 'ask')).toEqual(['Ana Pereira']);
    await expect(page.locator('[data-rapport="section-ask"]').textContent()).resolves.toContain('Ask for a conversation');
    // The badge counts reminders that fell due; a fresh acceptance waits in the popup only.
    await expect.poll(badge).toBe('');

    await page.locator('[role=option]', { hasText: 'Ana Pereira' }).click();
    await expect(page.locator('[data-rapport="keys-help"]').textContent()).resolves.toContain('request sent');
    await page.locator('button[data-mark="request-sent"]').click();
    await page.locator('[data-rapport="queue-empty"]').waitFor();
    await expect.poll(badge).toBe('');
    await page.close();

    await moveClock(7);
    await expect.poll(badge).toBe('1');
    page = await popup();
    await page.locator('[role=option]').first().waitFor();
    expect(await names(page, 'request-due')).toEqual(['Ana Pereira']);
    await expect(page.locator('[data-rapport="section-request-due"]').textContent()).resolves.toContain('Follow up on your request');
    await expect(page.locator('[data-rapport="days"]').textContent()).resolves.toBe('7 days ago');

    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('[role=listbox]').focus();
    await page.keyboard.press('c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Hi Ana, a short nudge on my question about a 20-minute call. — Sam Rivera');

    await page.keyboard.press('r');
    await page.locator('[data-rapport="queue-empty"]').waitFor();
    await expect.poll(badge).toBe('');
    await page.locator('[data-rapport="undo-bar"] button').click();
    await page.locator('[role=option][data-bucket="request-due"]').waitFor();
    await expect.poll(badge).toBe('1');
    await page.locator('[role=listbox]').focus();
    await page.keyboard.press('r');
    await page.locator('[data-rapport="queue-empty"]').waitFor();
    await expect.poll(badge).toBe('');

    const options = await ext.openExtensionPage('src/options/index.html');
    open.push(options);
    watchErrors(options, errors);
    await options.locator('[data-rapport="nav-history"]').click();
    const cell = options.locator('[data-rapport="history-row"][data-invitation-id="ana"] [data-rapport="history-conversation"]');
    await expect(cell.getAttribute('data-stage')).resolves.toBe('replied');
    await expect(cell.textContent()).resolves.toContain('Replied');
    await expect(cell.getAttribute('title')).resolves.toMatch(/Asked for a conversation on .*; Replied on /);
  });
});
