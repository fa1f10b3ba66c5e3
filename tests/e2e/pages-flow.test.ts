// The extension's pages working together, as the person uses them: a backup imported through the
// options page's file input fills the popup's queue and sets the badge; marking someone replied in
// the popup updates both and the options page's history; a template created in the options page is
// offered by the composer on a LinkedIn page.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension, watchErrors } from './harness';
import { clickConnect, inComposer, linkedInButton } from './composer-helpers';
import { simPage, simPages } from '../fixtures/sim/pages';

let ext: Extension;
const errors: string[] = [];
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
  expect(errors).toEqual([]);
});

async function page(path: string): Promise<Page> {
  const opened = await ext.openExtensionPage(path);
  watchErrors(opened, errors);
  return opened;
}
const badge = () => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const names = (popup: Page) => popup.locator('[role=option] .name').allTextContents();

test('options import → popup queue and badge; replied in the popup → badge, queue and history', async () => {
  const options = await page('src/options/index.html#backup');
  const invitations = [['Ada Quist', 12], ['Bo Renner', 10], ['Cy Mbeki', 8], ['Di Park', 2]].map(([name, days]) => ({
    id: `f-${String(name).split(' ')[0]}`, profileUrl: `https://www.linkedin.com/in/${String(name).toLowerCase().replace(' ', '-')}/`,
    name, company: 'Acme', sentAt: daysAgo(Number(days)), status: 'pending', note: `Hello ${name}`,
  }));
  const text = JSON.stringify({ format: 'rapport-backup', version: 1, invitations });
  await options.locator('[data-rapport="import-file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await options.locator('[data-rapport="import-apply"]').click();
  await options.locator('[data-rapport="status-ok"]').waitFor();
  await expect.poll(badge).toBe('3');

  const popup = await page('src/popup/index.html');
  await popup.locator('[role=option]').first().waitFor();
  expect(await popup.locator('[data-rapport="section-due"]').textContent()).toMatch(/3$/);
  expect((await names(popup)).slice(0, 3)).toEqual(['Ada Quist', 'Bo Renner', 'Cy Mbeki']);

  await popup.locator('[role=option]', { hasText: 'Bo Renner' }).click();
  await popup.locator('[role=listbox]').focus();
  await popup.keyboard.press('r');
  await expect.poll(() => names(popup)).not.toContain('Bo Renner');
  await expect.poll(badge).toBe('2');

  await options.locator('[data-rapport="nav-history"]').click();
  const row = options.locator('[data-rapport="history-row"]', { hasText: 'Bo Renner' });
  await expect.poll(() => row.getAttribute('data-status')).toBe('replied');
  await Promise.all([options.close(), popup.close()]);
});

test('a template created in the options page is offered by the composer on LinkedIn', async () => {
  const options = await page('src/options/index.html');
  await options.locator('[data-rapport="template-new"]').click();
  await options.locator('[data-rapport="template-name"]').fill('Coffee in Lisbon');
  await options.locator('[data-rapport="template-body"]').fill('Hi {{firstName}}, I am in Lisbon next week. Coffee?');
  await options.locator('[data-rapport="template-save"]').click();
  await options.locator('[data-rapport="template-editor"]').waitFor({ state: 'detached' });

  const linkedIn = await ext.openLinkedIn(simPages['profile-2026'].url, { html: simPage('profile-2026') });
  await clickConnect(linkedIn);
  await linkedInButton(linkedIn, 'Add a note').click();
  const chooser = inComposer(linkedIn, 'template');
  await expect.poll(() => chooser.optionLabels()).toContain('Coffee in Lisbon');
  await chooser.selectOption({ label: 'Coffee in Lisbon' });
  await inComposer(linkedIn, 'insert').click();
  await expect.poll(() => linkedIn.locator('#custom-message').inputValue()).toBe('Hi Lucía, I am in Lisbon next week. Coffee?');
  await Promise.all([options.close(), linkedIn.close()]);
});
