// When LinkedIn itself refuses a note (the month's notes used up, the weekly limit), the composer
// says what to do instead — and offers no way around it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, type Extension } from './harness';
import { simPage, simPages } from '../fixtures/sim/pages';
import { inComposer } from './composer-helpers';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const guardTexts = (page: import('playwright-core').Page) => inComposer(page, 'guard').allTextContents();

describe('LinkedIn refusing a note', () => {
  test('notes used up: advice to send without a note and follow up after acceptance', async () => {
    const page = await ext.openLinkedIn(simPages['profile-2026'].url, { html: simPage('profile-2026', { outcome: 'upsell' }) });
    await page.locator('main [aria-label^="Invite "]').first().click();
    await page.locator('button[aria-label="Add a note"]').click();
    await expect.poll(() => guardTexts(page)).toEqual([expect.stringMatching(/without a note.*remind/)]);
    expect(await inComposer(page, 'insert').count()).toBe(0);
    expect(await inComposer(page, 'template').count()).toBe(0);
    await page.close();
  });

  test.each([
    ['LinkedIn’s limit dialog', 'profile-2024', 'weekly-limit-legacy'],
    ['LinkedIn’s error toast', 'profile-2026', 'weekly-limit'],
  ] as const)('weekly limit (%s): advice to wait, the refused send is not tracked', async (_how, name, outcome) => {
    const page = await ext.openLinkedIn(simPages[name].url, { html: simPage(name, { outcome }) });
    await page.locator('main [aria-label^="Invite "]').first().click();
    await page.locator('button[aria-label="Send without a note"]').click();
    await expect.poll(() => guardTexts(page)).toEqual([expect.stringMatching(/weekly invitation limit/)]);
    // LinkedIn refused the invitation, so the recording made at the Send click is taken back.
    const extPage = await ext.openExtensionPage('src/popup/index.html');
    await expect.poll(() => extPage.evaluate(() => chrome.runtime.sendMessage({ type: 'invitations.list' }).then((r) => r.data.total))).toBe(0);
    await Promise.all([page.close(), extPage.close()]);
  });
});
