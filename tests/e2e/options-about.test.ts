// The options page's About-you section in real Chromium against the real background: add a school
// and an employer, save, read back after a reload; a bad year is explained and nothing is saved;
// a hostile name stays text; one click deletes it all.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension, watchErrors } from './harness';

let ext: Extension;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  ext = await launchExtension();
  page = await ext.openExtensionPage('src/options/index.html#about');
  watchErrors(page, errors);
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
});
afterAll(async () => {
  await ext?.close();
});

const about = async () => {
  const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings.get' }))) as { data: { settings: { about: Record<string, unknown> } } };
  return reply.data.settings.about;
};
const EVIL = '<img src=x onerror=alert(1)> Academy';

test('add, save, reload, delete', async () => {
  const section = page.locator('[data-rapport="about-section"]');
  await section.waitFor();
  await page.locator('[data-rapport="about-add-school"]').click();
  const school = page.locator('[data-rapport="about-school-row"]').first();
  await school.getByLabel('School', { exact: true }).fill(EVIL);
  await school.getByLabel('From (year)').fill('2015');
  await school.getByLabel('To (year)').fill('201');
  await page.locator('[data-rapport="about-save"]').click();
  await page.locator('[data-rapport="status-error"]').waitFor();
  await expect(school.locator('.field-error').textContent()).resolves.toContain('four digits');
  expect((await about()).schools).toEqual([]);

  await school.getByLabel('To (year)').fill('2019');
  await page.locator('[data-rapport="about-add-employer"]').click();
  const employer = page.locator('[data-rapport="about-employer-row"]').first();
  await employer.getByLabel('Employer', { exact: true }).fill('Quayside Energy');
  await employer.getByLabel('From (year)').fill('2021');
  await employer.getByLabel('Still there').check();
  await page.locator('#about-location').fill('Valencia, Spain');
  await page.locator('#about-languages').fill('Spanish, English');
  await page.locator('[data-rapport="about-save"]').click();
  await expect(page.locator('[data-rapport="status-ok"]').textContent()).resolves.toBe('About you is saved.');
  expect(await about()).toEqual({
    schools: [{ name: EVIL, start: { year: 2015 }, end: { year: 2019 } }],
    employers: [{ name: 'Quayside Energy', start: { year: 2021 }, current: true }],
    location: 'Valencia, Spain',
    languages: ['Spanish', 'English'],
  });

  await page.reload();
  await page.locator('[data-rapport="about-school-row"]').first().waitFor();
  expect(await page.locator('[data-rapport="about-school-row"]').first().getByLabel('School', { exact: true }).inputValue()).toBe(EVIL);
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  await page.locator('[data-rapport="about-delete"]').click();
  await expect(page.locator('[data-rapport="status-ok"]').textContent()).resolves.toBe('About you is deleted.');
  expect(await about()).toEqual({ schools: [], employers: [], location: '', languages: [] });
  expect(errors).toEqual([]);
});
