// The side panel's facts line in Chromium: a company typed there fills the note at once, and is
// kept for that profile (the panel opened again shows it; the background holds it).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { distDir, launchExtension, type Extension, watchErrors } from './harness';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PANEL: string = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')).side_panel?.default_path ?? 'src/sidepanel/index.html';
const ana = { profileUrl: 'https://www.linkedin.com/in/ana-souza/', fullName: 'Ana Souza', firstName: 'Ana', relation: 'connectable' };

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

test('a company typed in the panel’s facts line fills the note and is kept for the profile', async () => {
  const errors: string[] = [];
  const page = await ext.openExtensionPage(PANEL);
  watchErrors(page, errors);
  await page.evaluate((profile) => chrome.runtime.sendMessage({ type: 'profile.observed', profile }), ana);
  await page.reload();
  const note = page.locator('[data-rapport="sidepanel-note"]');
  await expect.poll(() => note.inputValue()).toContain('found your way to your current role');
  const company = page.getByLabel('Company', { exact: true });
  expect(await company.getAttribute('placeholder')).toBe('not on this page');
  await company.click();
  await page.keyboard.type('Acme Analytics');
  expect(await note.inputValue()).toContain('found your way to Acme Analytics');

  await expect.poll(async () => ((await page.evaluate(() => chrome.runtime.sendMessage({ type: 'composer.load', profileUrl: 'https://www.linkedin.com/in/ana-souza/' }))) as { data: { corrections: unknown } }).data.corrections)
    .toEqual({ company: 'Acme Analytics' });
  await page.reload();
  await expect.poll(() => note.inputValue()).toContain('found your way to Acme Analytics');
  expect(await page.getByLabel('Company', { exact: true }).inputValue()).toBe('Acme Analytics');
  await page.close();
  expect(errors).toEqual([]);
});
