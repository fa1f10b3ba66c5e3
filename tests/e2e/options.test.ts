// The options page in real Chromium against the real background: templates (create, preview
// errors, a request for a conversation with its checklist, delete + undo), a backup import with
// preview and badge, a malformed import that changes nothing, and screenshots in light and dark.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, projectRoot, type Extension, watchErrors } from './harness';

let ext: Extension;
let page: Page;
const errors: string[] = [];
const shots = join(projectRoot, 'test-artifacts/screenshots');

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  ext = await launchExtension();
  page = await ext.openExtensionPage('src/options/index.html');
  watchErrors(page, errors);
});
afterAll(async () => {
  await ext?.close();
});

/** Asks the background directly, as the page does, to check what was stored. */
async function ask<T>(message: Record<string, unknown>): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as { ok: boolean; data: T; error?: unknown };
  if (!reply.ok) throw new Error(`background refused ${JSON.stringify(message)}: ${JSON.stringify(reply.error)}`);
  return reply.data;
}
const templateNames = async () => (await ask<{ templates: { name: string }[] }>({ type: 'templates.list' })).templates.map((t) => t.name);
const badge = () => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));
const el = (name: string) => page.locator(`[data-rapport="${name}"]`);
const go = async (section: string) => {
  await page.locator(`[data-rapport="nav-${section}"]`).click();
  await el(`${section}-section`).waitFor();
};

function backupFile(invitations: object[]): { name: string; mimeType: string; buffer: Buffer } {
  const text = JSON.stringify({ format: 'rapport-backup', version: 1, templates: [], invitations, settings: {} });
  return { name: 'rapport-backup.json', mimeType: 'application/json', buffer: Buffer.from(text) };
}
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('templates', () => {
  test('the page opens on the templates with the nav and the starter templates', async () => {
    await expect(page.locator('h1').textContent()).resolves.toContain('Rapport');
    await el('template-row').first().waitFor();
    expect(await el('template-row').count()).toBe((await templateNames()).length);
  });

  test('a new template shows errors with line and column, then is saved into templates.list', async () => {
    await el('template-new').click();
    await el('template-name').fill('Conference follow-up');
    await el('template-body').fill('Hi {{first_name}},\ngreat to meet you at {{company}}.');
    await expect(el('template-error').first().textContent()).resolves.toMatch(/Line 1, column 4/);
    await el('template-body').fill('Hi {{firstName}},\ngreat to meet you at {{company|the meetup}}.');
    await el('template-errors').waitFor({ state: 'detached' });
    await expect(el('preview-text').textContent()).resolves.toMatch(/^Hi \S+,\ngreat to meet you at/);
    await expect(el('counter-200').textContent()).resolves.toMatch(/^\d+\/200/);
    await page.screenshot({ path: join(shots, 'options-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shots, 'options-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await el('template-save').click();
    await el('template-editor').waitFor({ state: 'detached' });
    expect(await templateNames()).toContain('Conference follow-up');
    await expect(page.locator('[data-rapport="template-row"]', { hasText: 'Conference follow-up' }).count()).resolves.toBe(1);
  });

  test('a request for a conversation is created, previewed with its checklist against the message limit, and saved with its kind', async () => {
    await el('template-new').click();
    await el('template-kind').selectOption('conversation');
    await el('template-name').fill('My coffee request');
    await el('template-body').fill('Hi {{firstName}}, can we chat?');
    const parts = page.locator('[data-rapport="request-part"]');
    await expect(parts.allTextContents()).resolves.toHaveLength(5);
    expect((await parts.allTextContents()).every((line) => line.endsWith(': missing'))).toBe(true);
    await el('template-body').fill("Hi {{firstName}}, thank you for accepting my invitation. I'm reaching out because I'm exploring "
      + '{{myInterest|climate data}}. Your experience at {{company|your company}} is the view I am missing. If you have time, '
      + 'would you be open to a 20-minute call next week? Tell me a day that suits you, by phone or video.');
    await page.locator('[data-rapport="request-part"][data-present="true"]').nth(4).waitFor();
    expect((await parts.allTextContents()).every((line) => line.endsWith(': included'))).toBe(true);
    await expect(el('counter-3000').textContent()).resolves.toMatch(/^\d+\/3000/);
    expect(await el('counter-200').count()).toBe(0);
    await expect(page.locator('[data-rapport="hint"]').getAttribute('data-hint')).resolves.toBe('ready');
    await el('template-save').click();
    await el('template-editor').waitFor({ state: 'detached' });
    const stored = (await ask<{ templates: { name: string; kind: string }[] }>({ type: 'templates.list' })).templates;
    expect(stored.find((t) => t.name === 'My coffee request')?.kind).toBe('conversation');
    const row = page.locator('[data-rapport="template-row"]', { hasText: 'My coffee request' });
    await expect(row.locator('[data-rapport="template-kind-badge"]').textContent()).resolves.toBe('Request for a conversation');
  });

  test('the starters are grouped by kind, and a conversation starter opens as a request with its checklist all ticked', async () => {
    const groups = await el('template-starter').locator('optgroup').evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label));
    expect(groups).toEqual(['Invitation note', 'Follow-up after accepting', 'Request for a conversation', 'Follow-up on a request']);
    const value = await el('template-starter').locator('optgroup').nth(2).locator('option').first().getAttribute('value');
    await el('template-starter').selectOption(value!);
    await expect(el('template-kind').inputValue()).resolves.toBe('conversation');
    await page.locator('[data-rapport="request-part"][data-present="true"]').nth(4).waitFor();
    await el('template-cancel').click();
    await el('template-editor').waitFor({ state: 'detached' });
  });

  test('delete shows an undo bar; undo puts the template back where it was', async () => {
    const before = await templateNames();
    const index = before.indexOf('Conference follow-up');
    await page.getByRole('button', { name: 'Delete “Conference follow-up”' }).click();
    await el('undo-bar').waitFor();
    expect(await templateNames()).not.toContain('Conference follow-up');
    // Focus moves to Undo (once the bar has rendered), so Enter restores.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-rapport="undo-bar"]') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await el('undo-bar').waitFor({ state: 'detached' });
    expect(await templateNames()).toEqual(before);
    expect((await templateNames())[index]).toBe('Conference follow-up');
  });

  test('moving a template down is stored and keeps focus on the moved template', async () => {
    const before = await templateNames();
    await page.getByRole('button', { name: `Move “${before[0]}” down` }).click();
    await expect.poll(templateNames).toEqual([before[1], before[0], ...before.slice(2)]);
    // The new order can paint a frame before focus moves, so the focus is awaited too.
    const focused = () => page.evaluate(() => document.activeElement?.closest('[data-rapport="template-row"]')?.querySelector('.template-name')?.textContent);
    await expect.poll(focused).toBe(before[0]);
  });
});

describe('backup import', () => {
  test('a backup is previewed, applied, and the badge counts the invitations due', async () => {
    await go('backup');
    const invitations = ['ada-quist', 'bo-renner', 'cy-mbeki'].map((slug, i) => ({
      id: `b-${slug}`, profileUrl: `https://www.linkedin.com/in/${slug}/`, name: slug, sentAt: daysAgo(9 + i), status: 'pending', source: 'composer',
    }));
    await el('import-file').setInputFiles(backupFile(invitations));
    await el('backup-preview').waitFor();
    await expect(el('preview-invitations').textContent()).resolves.toContain('3 added');
    expect(await badge()).toBe('');
    await el('import-apply').click();
    await el('status-ok').waitFor();
    await expect.poll(badge).toBe('3');
  });

  test('a malformed backup shows one clear error and changes nothing', async () => {
    const total = async () => (await ask<{ total: number }>({ type: 'invitations.list', limit: 1 })).total;
    const before = { total: await total(), templates: await templateNames() };
    await el('import-file').setInputFiles(backupFile([{ id: 'broken', name: 'No URL or date' }]));
    await el('status-error').waitFor();
    expect(await el('import-apply').count()).toBe(0);
    await el('import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await expect(el('status-error').textContent()).resolves.toContain('not a Rapport backup');
    expect({ total: await total(), templates: await templateNames() }).toEqual(before);
    expect(await badge()).toBe('3');
  });

  test('history lists the imported invitations and a status can be corrected', async () => {
    await go('history');
    await expect.poll(() => el('history-count').textContent()).toBe('3 invitations');
    const row = page.locator('[data-rapport="history-row"]', { hasText: 'bo-renner' });
    await row.locator('[data-rapport="history-status"]').selectOption('replied');
    await expect.poll(() => row.getAttribute('data-status')).toBe('replied');
    await expect.poll(badge).toBe('2');
  });
});

describe('settings', () => {
  const settings = async () => (await ask<{ settings: Record<string, unknown> }>({ type: 'settings.get' })).settings;

  test('an invalid value is explained next to its field and nothing is saved', async () => {
    await go('settings');
    const before = await settings();
    await el('setting-followUpAfterDays').fill('0');
    await el('settings-save').click();
    await el('status-error').waitFor();
    await expect(page.locator('#setting-followUpAfterDays-error').textContent()).resolves.toContain('1 to 365');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('setting-followUpAfterDays');
    expect(await settings()).toEqual(before);
  });

  test('valid values are saved with a confirmation', async () => {
    await el('setting-followUpAfterDays').fill('5');
    await el('setting-myName').fill('Robin Okonkwo');
    await el('setting-noteLimit').selectOption('300');
    await el('setting-composerMode').selectOption('side-panel');
    await el('settings-save').click();
    await expect(el('status-ok').textContent()).resolves.toBe('Settings saved.');
    expect(await settings()).toMatchObject({ followUpAfterDays: 5, myName: 'Robin Okonkwo', noteLimit: '300', composerMode: 'side-panel' });
    // Back to the default so the reminders below count as before.
    await el('setting-followUpAfterDays').fill('7');
    await el('settings-save').click();
    await expect.poll(async () => (await settings()).followUpAfterDays).toBe(7);
  });

  test('on-device writing help is switched off and on by its labelled checkbox', async () => {
    const writingHelp = page.getByRole('checkbox', { name: "Offer writing help with Chrome's built-in model" });
    expect(await writingHelp.isChecked()).toBe(true);
    await writingHelp.uncheck();
    await el('settings-save').click();
    await expect.poll(async () => (await settings()).writingHelp).toBe(false);
    await page.reload();
    await go('settings');
    expect(await page.getByRole('checkbox', { name: "Offer writing help with Chrome's built-in model" }).isChecked()).toBe(false);
    await el('setting-writingHelp').check();
    await el('settings-save').click();
    await expect.poll(async () => (await settings()).writingHelp).toBe(true);
  });
});

describe('records that could not be read', () => {
  test('are listed with the reason and can be discarded', async () => {
    // A damaged template record in sync storage; the store re-reads sync when it changes.
    await ext.serviceWorker.evaluate(() => chrome.storage.sync.set({ 't:damaged': { id: 'damaged', name: 42 } }));
    await expect.poll(async () => (await ask<{ items: unknown[] }>({ type: 'quarantine.list' })).items.length).toBe(1);
    await go('templates');
    await go('backup');
    await el('quarantine-item').waitFor();
    await expect(el('quarantine-item').textContent()).resolves.toContain('t:damaged');
    await el('quarantine-discard').click();
    await el('quarantine-discard').click();
    await el('quarantine-panel').waitFor({ state: 'detached' });
    expect((await ask<{ items: unknown[] }>({ type: 'quarantine.list' })).items).toEqual([]);
  });
});

test('the options page logged no errors', () => {
  expect(errors).toEqual([]);
});
