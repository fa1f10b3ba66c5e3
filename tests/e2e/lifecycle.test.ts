// The passive invitation lifecycle in Chromium with the built extension: a tracked invitation
// becomes accepted when the person's profile shows a 1st-degree connection, LinkedIn's
// sent-invitations page (2024 and 2026) makes untracked rows tracked, and the person's own
// Withdraw there is recorded, after which the composer warns about re-inviting too soon.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, readFixture, type Extension, watchErrors } from './harness';
import { askBackground, clickConnect, inComposer } from './composer-helpers';
import { simPage } from '../fixtures/sim/pages';
import { daysAgo } from './calendar';

const SENT = 'https://www.linkedin.com/mynetwork/invitation-manager/sent/';
const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

interface Stored {
  id: string;
  profileUrl: string;
  name: string;
  note: string;
  sentAt: string;
  status: string;
  source: string;
  statusChangedAt?: string;
}

let ext: Extension;
const open: Page[] = [];
const problems: string[] = [];

beforeAll(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
  expect(problems.splice(0)).toEqual([]);
});
afterAll(async () => {
  await ext?.close();
});

/** Replaces everything the background tracks with these invitations (a backup import). */
async function seed(invitations: object[]): Promise<void> {
  const text = JSON.stringify({ format: 'rapport-backup', version: 1, templates: [], invitations, settings: { followUpAfterDays: 7 } });
  await askBackground(ext, { type: 'backup.import', text, mode: 'replace' });
}

const list = async () => (await askBackground<{ items: Stored[] }>(ext, { type: 'invitations.list', limit: 1000 })).items;
const badge = () => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));

/** Polls `read` until `done` holds (or about 5 s), returning the last value read. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 100 && !done(value); i += 1) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

async function visit(pageUrl: string, html: string): Promise<Page> {
  ext.serveLinkedIn(pageUrl, { html });
  const page = await ext.context.newPage();
  open.push(page);
  watchErrors(page, problems);
  await page.goto(pageUrl);
  await ext.arrive(page); // the person is at the page (Rapport's watch starts at their first sign)
  return page;
}

/** A constructed page with a page-world script inlined before </body>. */
function withScript(file: string, script: string): string {
  const page = readFixture(file);
  const end = page.lastIndexOf('</body>');
  return `${page.slice(0, end)}<script>\n${script}</script>\n${page.slice(end)}`;
}

describe('accepted from a profile view', () => {
  test('a tracked pending invitation sent 9 days ago becomes accepted when the profile shows 1st degree; the badge clears', async () => {
    await seed([{ id: 'w1', profileUrl: url('wang-xiaoming-88'), name: '王小明', sentAt: daysAgo(9), status: 'pending', source: 'composer' }]);
    expect(await until(badge, (b) => b === '1')).toBe('1');

    await visit(url('wang-xiaoming-88'), readFixture('linkedin/constructed/2026-profile-first-degree.html'));
    const [stored] = await until(list, (items) => items[0]?.status === 'accepted');
    expect(stored).toMatchObject({ id: 'w1', status: 'accepted', source: 'composer' });
    expect(Date.now() - Date.parse(stored!.statusChangedAt!)).toBeLessThan(60_000);
    expect(await until(badge, (b) => b === '')).toBe('');
  });
});

describe.each([
  ['2024', 'linkedin/constructed/2024-sent-invitations.html', SENT, 'sofia-marquez-ux', ['lukas-brenner', 'chen-wei-sh']],
  ['2026', 'linkedin/constructed/2026-sent-invitations.html', `${SENT}CONNECTION/`, 'tomas-ibarra', ['hanna-keller-3', 'aino-virtanen', 'kwame-mensah']],
] as const)('the %s sent-invitations page', (_era, file, pageUrl, tracked, untracked) => {
  test('untracked visible rows become tracked pending invitations; the tracked one stays as it is', async () => {
    const mine = { id: 'mine', profileUrl: url(tracked), name: 'Tracked Before', note: 'My own note', sentAt: daysAgo(30), status: 'pending', source: 'composer' };
    await seed([mine]);
    await visit(pageUrl, readFixture(file));

    const items = await until(list, (all) => all.length === untracked.length + 1);
    expect(items.map((i) => i.profileUrl).sort()).toEqual([tracked, ...untracked].map(url).sort());
    expect(items.find((i) => i.id === 'mine')).toEqual(expect.objectContaining(mine));
    for (const item of items.filter((i) => i.id !== 'mine')) {
      expect(item).toMatchObject({ status: 'pending', source: 'import', note: '' });
    }
  });
});

test('rows LinkedIn loads as the person scrolls are reported too', async () => {
  await seed([]);
  const page = await visit(SENT, readFixture('linkedin/constructed/2026-sent-invitations.html'));
  expect((await until(list, (all) => all.length === 4)).length).toBe(4);

  // Ten more rows, appended in the page's own world the way the lazy column grows.
  await page.evaluate(() => {
    const column = document.querySelector('[data-testid="lazy-column"]')!;
    for (let i = 0; i < 10; i += 1) {
      const row = document.createElement('div');
      row.setAttribute('role', 'listitem');
      const link = document.createElement('a');
      link.href = `/in/lazy-person-${i}/`;
      link.textContent = `Lazy Person ${i}`;
      const age = document.createElement('p');
      age.textContent = `Sent ${i + 1} weeks ago`;
      row.append(link, age);
      column.append(row);
    }
  });
  const items = await until(list, (all) => all.length === 14);
  expect(items).toHaveLength(14);
  const lazy = items.find((i) => i.profileUrl === url('lazy-person-2'))!;
  expect(lazy.name).toBe('Lazy Person 2');
  const now = new Date();
  expect(lazy.sentAt).toBe(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 21).toISOString());
  // A later burst of mutations reports nothing twice.
  await page.evaluate(() => document.body.append(document.createElement('div')));
  await new Promise((r) => setTimeout(r, 600));
  expect(await list()).toHaveLength(14);
});

describe('the person\'s own Withdraw on the 2026 sent page', () => {
  test('Withdraw + confirm → withdrawn; Cancel → unchanged; then the composer warns before re-inviting', async () => {
    await seed([
      { id: 'lucia', profileUrl: url('lucia-ferrer'), name: 'Lucía Ferrer', sentAt: daysAgo(14), status: 'pending', source: 'composer' },
      { id: 'kwame', profileUrl: url('kwame-mensah'), name: 'Kwame Mensah', sentAt: daysAgo(30), status: 'pending', source: 'composer' },
    ]);
    const page = await visit(SENT, withScript('linkedin/constructed/2026-sent-invitations.html', readFixture('linkedin/lifecycle/withdraw-flow.js')));
    // Lucía's row arrives later, as the lazy column loads it (its Withdraw links to the sent page).
    await page.evaluate(() => {
      const row = document.querySelector('[data-testid="lazy-column"] > [role="listitem"]')!.cloneNode(true) as Element;
      for (const a of row.querySelectorAll('a[href^="/in/"]')) a.setAttribute('href', '/in/lucia-ferrer/');
      row.querySelector('a[href^="/in/"] p')!.textContent = 'Lucía Ferrer';
      row.querySelector('a[aria-label^="Withdraw"]')!.setAttribute('aria-label', 'Withdraw invitation sent to Lucía Ferrer');
      document.querySelector('[data-testid="lazy-column"]')!.append(row);
    });
    await until(list, (all) => all.length === 5);

    // Kwame: Withdraw, then Cancel in LinkedIn's dialog.
    await page.locator('main a[aria-label="Withdraw invitation sent to Kwame Mensah"]').click();
    await page.locator('dialog[open] button:not([aria-label])').click();
    // Lucía: Withdraw, then the confirmation.
    await page.locator('main a[aria-label="Withdraw invitation sent to Lucía Ferrer"]').click();
    await page.locator('dialog[open] button[aria-label="Withdraw invitation sent to Lucía Ferrer"]').click();
    expect(page.url()).toBe(SENT); // LinkedIn's page handled the click; nothing navigated
    expect(await page.locator('main a[href="/in/lucia-ferrer/"]').count()).toBe(0);

    const items = await until(list, (all) => all.find((i) => i.id === 'lucia')?.status === 'withdrawn');
    expect(items.find((i) => i.id === 'lucia')).toMatchObject({ status: 'withdrawn' });
    expect(items.find((i) => i.id === 'kwame')).toMatchObject({ status: 'pending' });
    expect(items.filter((i) => i.status === 'withdrawn')).toHaveLength(1);

    const { guard } = await askBackground<{ guard: { reinviteLockedUntil: string | null } }>(ext, { type: 'composer.load', profileUrl: url('lucia-ferrer') });
    const lockedDays = (Date.parse(guard.reinviteLockedUntil!) - Date.now()) / 86_400_000;
    expect(lockedDays).toBeGreaterThan(20);

    // Lucía's profile, Connect: the composer in LinkedIn's dialog warns about the recent withdrawal.
    const profile = await visit(url('lucia-ferrer'), simPage('profile-2026'));
    await clickConnect(profile, 'Lucía Ferrer');
    const warning = inComposer(profile, 'guard').filter({ hasText: /withdrew an invitation to this person recently/ });
    await warning.waitFor();
    expect(await warning.getAttribute('role')).toBe('alert');
  });
});

describe('Connect offered again on a tracked person\'s profile', () => {
  test('the invitation becomes withdrawn without a date; the composer and History do not invent one', async () => {
    await seed([{ id: 'lucia', profileUrl: url('lucia-ferrer'), name: 'Lucía Ferrer', sentAt: daysAgo(30), status: 'pending', source: 'composer' }]);
    const profile = await visit(url('lucia-ferrer'), simPage('profile-2026'));
    const [stored] = await until(list, (items) => items[0]?.status === 'withdrawn');
    expect(stored).toMatchObject({ id: 'lucia', status: 'withdrawn' });
    expect(stored!.statusChangedAt).toBeUndefined();

    await clickConnect(profile, 'Lucía Ferrer');
    const guard = inComposer(profile, 'guard');
    await guard.filter({ hasText: /is no longer pending\. If it was withdrawn in the last 3 weeks/ }).waitFor();
    expect(await guard.filter({ hasText: /withdrew an invitation to this person recently/ }).count()).toBe(0);

    const options = await ext.openExtensionPage('src/options/index.html#history');
    open.push(options);
    const row = options.locator('[data-rapport="history-row"]', { hasText: 'Lucía Ferrer' });
    await expect.poll(() => row.locator('[data-rapport="history-since"]').textContent()).toBe('unknown');
  });
});
