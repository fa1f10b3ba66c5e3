// When a Connect click shows no invite dialog Rapport can read, nothing is injected into the
// page and the popup offers the side-panel composer instead.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

test('a Connect click without a readable dialog makes the popup offer the side panel', async () => {
  const popup = await ext.openExtensionPage('src/popup/index.html');
  await popup.locator('[data-rapport="side-panel-link"]').waitFor();
  expect(await popup.locator('[data-rapport="side-panel-link"] [role="status"]').count()).toBe(0);
  await popup.close();

  const page = await ext.openLinkedIn('https://www.linkedin.com/in/lena-okafor-a1b2/', { file: 'linkedin/constructed/2026-profile-connect-primary.html' });
  // This saved page has no LinkedIn scripts: the link would navigate, and no dialog ever opens.
  await page.evaluate(() => document.addEventListener('click', (e) => e.preventDefault()));
  await page.locator('main [aria-label^="Invite Lena Okafor"]').first().click();
  await page.waitForTimeout(4_500);
  expect(await page.locator('[data-rapport]').count()).toBe(0);

  const again = await ext.openExtensionPage('src/popup/index.html');
  const notice = again.locator('[data-rapport="side-panel-link"] [role="status"]');
  await notice.waitFor();
  expect(await notice.textContent()).toMatch(/no invite dialog/);
  expect(await again.locator('[data-rapport="side-panel-link"] button').textContent()).toBe('Write a note in the side panel');
  await Promise.all([page.close(), again.close()]);
});
