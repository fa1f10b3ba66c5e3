// Issue #23 end to end: a backup with 300 invitations across 4 templates and known outcomes is
// imported through the options page; the Insights section then shows the expected rates and 80 %
// ranges, "too few to tell" for the small template, charts drawn in Rapport's palette (light and
// dark, screenshots in test-artifacts/screenshots), and a CSV that matches the table on screen.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, projectRoot, type Extension, watchErrors } from './harness';
import { expectedByTemplate, insightBackup } from './insights-backup';

const shots = join(projectRoot, 'test-artifacts/screenshots');
let ext: Extension;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  ext = await launchExtension();
  page = await ext.openExtensionPage('src/options/index.html#backup');
  await page.setViewportSize({ width: 1100, height: 900 });
  watchErrors(page, errors);
});
afterAll(async () => {
  await ext?.close();
});

const el = (name: string) => page.locator(`[data-rapport="${name}"]`);
const tableCells = (name: string) =>
  el(name).evaluate((table) => [...table.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent ?? '')));

test('importing the backup tracks 300 invitations', async () => {
  await el('import-file').setInputFiles({ name: 'rapport-backup.json', mimeType: 'application/json', buffer: Buffer.from(insightBackup()) });
  await expect(el('preview-invitations').textContent()).resolves.toContain('300 added');
  await el('import-apply').click();
  await el('status-ok').waitFor();
});

test('Insights shows the expected rates and ranges per template, too few to tell for the small one', async () => {
  await el('nav-insights').click();
  await el('insight-table-template').waitFor();
  const [head, ...rows] = await tableCells('insight-table-template');
  expect(head).toEqual(['Group', 'Invitations counted', 'Accepted', 'Acceptance rate', 'Acceptance range (80 %)', 'Replied', 'Reply rate', 'Reply range (80 %)', 'Withdrawn', 'Too recent']);
  expect(rows).toEqual(expectedByTemplate.map((e) => [e.name, e.counted, e.accepted, e.rate, e.range, e.replied, e.replyRate, e.replyRange, e.withdrawn, e.recent]));
  await expect(el('insight-takeaway-template').textContent()).resolves
    .toBe('Notes from “Warm intro” were accepted 62% vs 25% for “Cold ask” — 100 vs 80 invitations.');
  await expect(el('insight-overall').textContent()).resolves.toContain('136 of 282 invitations old enough were accepted (48%, likely 44%–52%)');
  // Accepted by archive and by visit alike: the acceptance histogram holds every dated acceptance.
  const timing = await tableCells('insight-table-timing');
  expect(timing.slice(1).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(136 - 36);
});

test('the charts render in the palette, light and dark', async () => {
  const charts = page.locator('svg[data-rapport="insight-chart"]');
  expect(await charts.count()).toBe(6);
  const template = el('insight-template').locator('svg');
  await expect(template.locator('.ins-bar-accept').count()).resolves.toBe(3);
  await expect(template.textContent()).resolves.toContain('too few to tell (12)');
  const box = await template.locator('.ins-bar-accept').first().boundingBox();
  expect(box!.width).toBeGreaterThan(100);
  const accentFill = () => template.locator('.ins-bar-accept').first().evaluate((bar) => getComputedStyle(bar).fill);

  await page.emulateMedia({ colorScheme: 'light' });
  expect(await accentFill()).toBe('rgb(15, 118, 110)');
  await el('insights-section').screenshot({ path: join(shots, 'insights-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await accentFill()).toBe('rgb(45, 212, 191)');
  await el('insights-section').screenshot({ path: join(shots, 'insights-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
});

test('the CSV of each chart matches its table', async () => {
  for (const id of ['template', 'timing', 'weekly']) {
    const [download] = await Promise.all([page.waitForEvent('download'), el(`insight-csv-${id}`).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^rapport-insights-${id}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const csv = readFileSync(await download.path(), 'utf8');
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data;
    expect(parsed).toEqual(await tableCells(`insight-table-${id}`));
  }
});

test('the age an invitation needs to count is a setting: at 7 days, 5 more of Warm intro count', async () => {
  await el('nav-settings').click();
  await el('setting-insightsMinAgeDays').fill('7');
  await el('settings-save').click();
  await el('status-ok').waitFor();
  await el('nav-insights').click();
  await el('insight-table-template').waitFor();
  const warm = (await tableCells('insight-table-template'))[1]!;
  expect([warm[0], warm[1], warm[2], warm[9]]).toEqual(['Warm intro', '105', '62', '5']);
});

test('no console errors', () => {
  expect(errors).toEqual([]);
});
