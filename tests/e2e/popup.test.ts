// The popup on the real extension page: the background is seeded through a backup import, and the
// popup must sort people into the right sections, change them, undo, and be driven by keys.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, projectRoot, type Extension, watchErrors } from './harness';
import { daysAgo } from './calendar';

const POPUP = 'src/popup/index.html';
const shots = join(projectRoot, 'test-artifacts/screenshots');

let ext: Extension;
const errors: string[] = [];
const open: Page[] = [];

const person = (id: string, name: string, days: number, extra: Record<string, unknown> = {}) => ({
  id, name, profileUrl: `https://www.linkedin.com/in/${id}/`, sentAt: daysAgo(days), status: 'pending', source: 'composer', note: '', ...extra,
});

/** Three due, two waiting (one of them followed up already), one stale, one closed. */
const people = [
  person('ana-lopez', 'Ana López', 9, { company: 'Acme Data', note: 'Hi Ana, your talk on data contracts at the meetup changed how our team plans releases. Would love to stay in touch!' }),
  person('ben-okafor', 'Ben Okafor', 12, { company: 'Northwind' }),
  person('chloe-martin', 'Chloé Martin', 8, { company: 'Lumen', note: 'Hi Chloé, fellow Lyon alum here.' }),
  person('dan-weber', 'Dan Weber', 2, { company: 'Fabrikam' }),
  person('eva-novak', 'Eva Novak', 10, { company: 'Contoso', followedUpAt: daysAgo(1) }),
  person('finn-berg', 'Finn Berg', 30, { company: 'Globex' }),
  person('gina-rossi', 'Gina Rossi', 15, { status: 'accepted' }),
];
const templates = [
  { id: 'tpl-invite', name: 'Invite', body: 'Hi {{firstName}}!', kind: 'invitation' },
  { id: 'tpl-nudge', name: 'Nudge', body: 'Hi {{firstName}}, just following up on my invitation about {{company|your work}}. — {{myName}}', kind: 'follow-up' },
];
const backup = (invitations: unknown[]) =>
  JSON.stringify({ format: 'rapport-backup', version: 1, templates, invitations, settings: { myName: 'Sam Rivera', followUpAfterDays: 7, giveUpAfterDays: 21 } });

async function popup(): Promise<Page> {
  const page = await ext.openExtensionPage(POPUP);
  open.push(page);
  await page.setViewportSize({ width: 380, height: 600 });
  watchErrors(page, errors);
  return page;
}

async function seed(invitations: unknown[]): Promise<void> {
  const page = await ext.openExtensionPage(POPUP);
  const reply = await page.evaluate((text) => chrome.runtime.sendMessage({ type: 'backup.import', text, mode: 'replace' }), backup(invitations));
  expect(reply).toMatchObject({ ok: true });
  await page.close();
}

const badge = () => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));
const names = (page: Page, bucket: string) => page.locator(`[role=option][data-bucket="${bucket}"] .name`).allTextContents();
const activeName = (page: Page) => page.locator('[role=option][aria-selected="true"] .name').textContent();

beforeAll(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
  expect(errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await ext?.close();
});

describe('the follow-up popup', () => {
  test('with nothing tracked it shows the empty state', async () => {
    await seed([]);
    const page = await popup();
    await expect(page.locator('[data-rapport="queue-empty"]').textContent()).resolves.toContain('Nobody is waiting');
    await expect(page.locator('h1').textContent()).resolves.toBe('Follow-ups');
  });

  test('lists people in the right sections, with the usage header', async () => {
    await seed(people);
    const page = await popup();
    await page.locator('[role=option]').first().waitFor();
    expect(await names(page, 'due')).toEqual(['Ben Okafor', 'Ana López', 'Chloé Martin']);
    expect(await names(page, 'waiting')).toEqual(['Eva Novak', 'Dan Weber']);
    expect(await names(page, 'stale')).toEqual(['Finn Berg']);
    await expect(page.locator('[data-rapport="section-due"]').textContent()).resolves.toMatch(/Follow up now\s*3/);
    await expect(page.locator('[data-rapport="section-stale"]').textContent()).resolves.toContain('Consider withdrawing');
    expect(await page.getByText('Gina Rossi').count()).toBe(0);
    await expect(page.locator('[data-rapport="usage-week"]').textContent()).resolves.toMatch(/Invitations this week\d+ \/ 100/);
    await expect(page.locator('[data-rapport="usage-month"]').textContent()).resolves.toMatch(/Notes this month\d+ \/ 5/);
    // The note is one line in the row, whole in the title and in the panel.
    const ana = page.locator('[role=option]', { hasText: 'Ana López' });
    await expect(ana.locator('.note').getAttribute('title')).resolves.toContain('changed how our team plans releases');
    await ana.click();
    await expect(page.locator('[data-rapport="full-note"]').textContent()).resolves.toContain('Would love to stay in touch!');
    const link = page.locator('[data-rapport="profile-link"]');
    await expect(link.getAttribute('href')).resolves.toBe('https://www.linkedin.com/in/ana-lopez/');
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(page.locator('[data-rapport="days"]').first().textContent()).resolves.toBe('12 days ago');
    expect(await badge()).toBe('3');
    mkdirSync(shots, { recursive: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: join(shots, 'popup-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 25, 23)');
    await page.screenshot({ path: join(shots, 'popup-dark.png') });
  });

  test('marking replied moves the person out and drops the badge; undo brings both back', async () => {
    await seed(people);
    const page = await popup();
    await page.locator('[role=option]', { hasText: 'Ana López' }).click();
    await page.locator('button[data-mark="replied"]').click();
    await expect(page.locator('[data-rapport="undo-bar"]').textContent()).resolves.toContain('Ana López marked as replied.');
    await expect.poll(() => names(page, 'due')).toEqual(['Ben Okafor', 'Chloé Martin']);
    await expect.poll(badge).toBe('2');

    await page.locator('[data-rapport="undo-bar"] button').click();
    await expect.poll(() => names(page, 'due')).toEqual(['Ben Okafor', 'Ana López', 'Chloé Martin']);
    await expect.poll(badge).toBe('3');
    await expect.poll(() => page.locator('[data-rapport="notice"]').textContent()).toBe('Change undone.');
  });

  test('the undo bar goes away after about six seconds, and the change stays', async () => {
    await seed(people);
    const page = await popup();
    await page.locator('[role=option]', { hasText: 'Finn Berg' }).click();
    await page.locator('button[data-mark="withdrawn"]').click();
    await page.locator('[data-rapport="undo-bar"]').waitFor();
    await page.locator('[data-rapport="undo-bar"]').waitFor({ state: 'detached', timeout: 8000 });
    expect(await names(page, 'stale')).toEqual([]);
  });

  test('keyboard: arrows move, letters mark, u undoes, Enter reaches the actions, c copies', async () => {
    await seed(people);
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await popup();
    const list = page.locator('[role=listbox]');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    await expect(page.locator('[data-rapport="keys-help"]').textContent()).resolves.toMatch(/f\s*followed up.*u\s*undo/);

    expect(await activeName(page)).toBe('Ben Okafor');
    await page.keyboard.press('ArrowDown');
    expect(await activeName(page)).toBe('Ana López');
    await expect(list.getAttribute('aria-activedescendant')).resolves.toBe('row-due-1');

    await page.keyboard.press('f');
    await expect.poll(() => names(page, 'waiting')).toContain('Ana López');
    expect(await names(page, 'due')).toEqual(['Ben Okafor', 'Chloé Martin']);
    // The next person slides into the active place, ready for the next key.
    expect(await activeName(page)).toBe('Chloé Martin');
    await page.keyboard.press('u');
    await expect.poll(() => names(page, 'due')).toEqual(['Ben Okafor', 'Ana López', 'Chloé Martin']);

    await page.keyboard.press('End');
    expect(await activeName(page)).toBe('Finn Berg');
    await page.keyboard.press('Home');
    await page.keyboard.press('c');
    await expect.poll(() => page.locator('[data-rapport="copy"]').textContent()).toBe('Copied ✓');
    await expect.poll(() => page.locator('[data-rapport="notice"]').textContent()).toContain('Follow-up for Ben Okafor copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Hi Ben, just following up on my invitation about Northwind. — Sam Rivera',
    );

    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-rapport'))).toBe('profile-link');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
  });

  test('o opens the stored profile in a new tab (a plain link the person follows)', async () => {
    await seed(people);
    ext.serveLinkedIn('https://www.linkedin.com/in/ben-okafor/', { html: '<!doctype html><title>Ben</title><h1>Ben</h1>' });
    const page = await popup();
    await page.locator('[role=option]').first().waitFor();
    await page.locator('[role=listbox]').focus();
    const [tab] = await Promise.all([ext.context.waitForEvent('page'), page.keyboard.press('o')]);
    open.push(tab);
    await tab.waitForLoadState();
    expect(tab.url()).toBe('https://www.linkedin.com/in/ben-okafor/');
  });

  test('when the background does not answer: a clear message, and Try again recovers', async () => {
    await seed(people);
    const page = await ext.context.newPage();
    open.push(page);
    // Replace sendMessage before the popup's code first reaches it: answer nothing while failing.
    await page.addInitScript(() => {
      const w = window as unknown as { __fail: boolean };
      w.__fail = true;
      const original = chrome.runtime.sendMessage.bind(chrome.runtime);
      (chrome.runtime as any).sendMessage = (...args: any[]) => {
        const callback = args.find((a) => typeof a === 'function');
        if (w.__fail) return callback?.(undefined);
        return (original as any)(...args);
      };
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.goto(`chrome-extension://${ext.extensionId}/${POPUP}`);
    const error = page.locator('[data-rapport="queue-error"]');
    await expect(error.textContent()).resolves.toContain('background is not answering');
    await expect(error.getAttribute('role')).resolves.toBe('alert');
    await page.evaluate(() => ((window as unknown as { __fail: boolean }).__fail = false));
    await error.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => names(page, 'due')).toEqual(['Ben Okafor', 'Ana López', 'Chloé Martin']);
  });

  test('the popup asks again when it regains focus (the background does not broadcast)', async () => {
    await seed(people);
    const page = await popup();
    await page.locator('[role=option]').first().waitFor();
    const other = await ext.openExtensionPage(POPUP);
    const reply = await other.evaluate(() => chrome.runtime.sendMessage({ type: 'invitation.set-status', id: 'ben-okafor', status: 'accepted' }));
    expect(reply).toMatchObject({ ok: true });
    await other.close();
    await page.waitForTimeout(1100);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => names(page, 'due')).toEqual(['Ana López', 'Chloé Martin']);
  });
});

describe('the popup in German', () => {
  test('sections, actions and the help line come from the German messages', async () => {
    const de = await launchExtension({ args: ['--lang=de'] });
    try {
      const page = await de.openExtensionPage(POPUP);
      const reply = await page.evaluate((text) => chrome.runtime.sendMessage({ type: 'backup.import', text, mode: 'replace' }), backup(people));
      expect(reply).toMatchObject({ ok: true });
      await page.reload();
      await page.locator('[role=option]').first().waitFor();
      await expect(page.locator('h1').textContent()).resolves.toBe('Nachfassen');
      await expect(page.locator('[data-rapport="section-due"]').textContent()).resolves.toContain('Jetzt nachfassen');
      await expect(page.locator('[data-rapport="section-stale"]').textContent()).resolves.toContain('Zurückziehen erwägen');
      await expect(page.locator('[data-rapport="days"]').first().textContent()).resolves.toBe('vor 12 Tagen');
      await expect(page.locator('button[data-mark="replied"]').textContent()).resolves.toBe('Geantwortet');
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toMatch(/^de/);
      await page.setViewportSize({ width: 380, height: 600 });
      await page.screenshot({ path: join(shots, 'popup-de.png') });
    } finally {
      await de.close();
    }
  });
});
