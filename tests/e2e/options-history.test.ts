// The history with 10,000 tracked invitations: it shows the first rows quickly, keeps only the
// rows in view in the DOM, reaches the last row by scrolling, and searches the whole set.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension, watchErrors } from './harness';

const COUNT = 10_000;
let ext: Extension;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  ext = await launchExtension();
  page = await ext.openExtensionPage('src/options/index.html#backup');
  watchErrors(page, errors);
  const start = Date.UTC(2025, 0, 1);
  const invitations = Array.from({ length: COUNT }, (_, i) => ({
    id: `h-${i}`, profileUrl: `https://www.linkedin.com/in/person-${i}/`, name: `Person ${String(i).padStart(5, '0')}`,
    company: i % 10 === 0 ? 'Tenth Street Labs' : 'Acme', sentAt: new Date(start + i * 3_600_000).toISOString(),
    status: i % 3 === 0 ? 'accepted' : 'pending', source: 'import',
  }));
  const text = JSON.stringify({ format: 'rapport-backup', version: 1, invitations });
  const reply = (await page.evaluate((t) => chrome.runtime.sendMessage({ type: 'backup.import', text: t, mode: 'merge' }), text)) as { ok: boolean };
  expect(reply.ok).toBe(true);
}, 120_000);
afterAll(async () => {
  await ext?.close();
});

const el = (name: string) => page.locator(`[data-rapport="${name}"]`);

test('10,000 invitations: first rows quickly, few DOM rows, the last row reachable', async () => {
  const started = Date.now();
  await page.locator('[data-rapport="nav-history"]').click();
  await el('history-row').first().waitFor();
  const firstRowsMs = Date.now() - started;
  await expect(el('history-count').textContent()).resolves.toBe('10,000 invitations');
  // Newest first.
  await expect(el('history-row').first().textContent()).resolves.toContain('Person 09999');
  expect(await page.locator('[role="row"]').count()).toBeLessThan(40);

  const scrolled = Date.now();
  await page.locator('.history-scroll').evaluate((box) => { box.scrollTop = box.scrollHeight; });
  await page.locator('[data-rapport="history-row"]', { hasText: 'Person 00000' }).waitFor();
  const lastRowMs = Date.now() - scrolled;
  expect(await page.locator('[role="row"]').count()).toBeLessThan(40);
  console.log(`history with ${COUNT}: first rows ${firstRowsMs} ms, last row after scrolling ${lastRowMs} ms`);
  expect(firstRowsMs).toBeLessThan(3000);
  expect(lastRowMs).toBeLessThan(3000);
});

test('search and status filter work over the whole set', async () => {
  await el('history-search').fill('Tenth Street');
  await expect.poll(() => el('history-count').textContent()).toBe('1,000 invitations');
  await el('history-filter-accepted').check();
  // Multiples of 30 below 10,000: i % 10 === 0 and i % 3 === 0.
  await expect.poll(() => el('history-count').textContent()).toBe('334 invitations');
  const statuses = await el('history-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
  expect(new Set(statuses)).toEqual(new Set(['accepted']));
});

test('no console errors', () => {
  expect(errors).toEqual([]);
});
