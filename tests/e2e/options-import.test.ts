// Issue #10 end to end: LinkedIn's own data export tells Rapport who accepted. A backup puts 4
// invitations in the follow-up queue; Connections.csv (as LinkedIn writes it: BOM, preamble,
// URLs without a trailing slash, one percent-encoded non-ASCII slug, one in other letter case)
// accepts 2; a zip with Connections.csv and Invitations.csv tracks 2 new ones; the same zip again
// changes nothing. The toolbar badge follows each step.
import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension, watchErrors } from './harness';

let ext: Extension;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  ext = await launchExtension();
  page = await ext.openExtensionPage('src/options/index.html#backup');
  watchErrors(page, errors);
});
afterAll(async () => {
  await ext?.close();
});

const el = (name: string) => page.locator(`[data-rapport="${name}"]`);
const badge = () => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));
const OWNER = 'https://www.linkedin.com/in/robin-okonkwo';

/** A local date `days` ago at `hour`:`minute`. */
function localDaysAgo(days: number, hour = 10, minute = 0): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - days, hour, minute);
}
/** `Sent At` as LinkedIn writes it: "11/14/26, 9:05 AM", local time, no zone. */
function sentAt(date: Date): string {
  const h = date.getHours() % 12 || 12;
  return `${date.getMonth() + 1}/${date.getDate()}/${String(date.getFullYear()).slice(2)}, ${h}:${String(date.getMinutes()).padStart(2, '0')} ${date.getHours() < 12 ? 'AM' : 'PM'}`;
}
/** `Connected On` as LinkedIn writes it: "08 Feb 2026". */
function connectedOn(date: Date): string {
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][date.getMonth()];
  return `${String(date.getDate()).padStart(2, '0')} ${month} ${date.getFullYear()}`;
}

const tracked = [
  { key: 'jürgen-weiß', name: 'Jürgen Weiß' },
  { key: 'mara-lindqvist', name: 'Mara Lindqvist' },
  { key: 'tomas-ortega', name: 'Tomás Ortega' },
  { key: 'ines-halvorsen', name: 'Ines Halvorsen' },
];
const sentDay = localDaysAgo(10, 9, 30);
const acceptedDay = localDaysAgo(3, 0, 0);

function backup(): Buffer {
  const invitations = tracked.map(({ key, name }) => ({
    id: `c-${key.slice(0, 4)}`, profileUrl: `https://www.linkedin.com/in/${encodeURIComponent(key)}/`, name,
    sentAt: sentDay.toISOString(), status: 'pending', source: 'composer',
  }));
  return Buffer.from(JSON.stringify({ format: 'rapport-backup', version: 1, invitations }));
}

const connectionsCsv =
  '\uFEFFNotes:\n"When you export your connections, some e-mail addresses may be missing."\n\n' +
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
  `Jürgen,Weiß,https://www.linkedin.com/in/j%C3%BCrgen-wei%C3%9F,,"Nordlicht, GmbH",Engineer,${connectedOn(acceptedDay)}\n` +
  `Mara,Lindqvist,https://www.linkedin.com/in/Mara-Lindqvist,,Fjord Labs,Analyst,${connectedOn(acceptedDay)}\n` +
  `,,,,,,${connectedOn(acceptedDay)}`;

const newSent = localDaysAgo(9, 14, 5);
const invitationsCsv =
  'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n' +
  `Robin Okonkwo,Keiko Aramaki,"${sentAt(newSent)}","Hi Keiko, loved your talk.",OUTGOING,${OWNER},https://www.linkedin.com/in/keiko-aramaki\n` +
  `Robin Okonkwo,Dario Fenn,"${sentAt(newSent)}",,OUTGOING,${OWNER},https://www.linkedin.com/in/dario-fenn\n` +
  `Robin Okonkwo,Tomás Ortega,"${sentAt(sentDay)}",,OUTGOING,${OWNER},https://www.linkedin.com/in/tomas-ortega\n` +
  `Priya Raman,Robin Okonkwo,"${sentAt(newSent)}",Hello!,INCOMING,https://www.linkedin.com/in/priya-raman,${OWNER}`;

const zip = Buffer.from(zipSync({
  'Connections.csv': strToU8(connectionsCsv),
  'Invitations.csv': strToU8(invitationsCsv),
  'messages.csv': strToU8('CONVERSATION ID,FROM,TO,CONTENT\n1,a,b,private words'),
}));

async function pick(name: string, buffer: Buffer, mimeType: string) {
  await el('import-file').setInputFiles({ name, mimeType, buffer });
}

test('a backup with 4 invitations due → badge 4', async () => {
  await pick('rapport-backup.json', backup(), 'application/json');
  await expect(el('preview-invitations').textContent()).resolves.toContain('4 added');
  await el('import-apply').click();
  await el('status-ok').waitFor();
  await expect.poll(badge).toBe('4');
});

test('Connections.csv listing 2 of them → badge 2, History shows both accepted with the date', async () => {
  await pick('Connections.csv', Buffer.from(connectionsCsv), 'text/csv');
  await el('archive-preview').waitFor();
  await expect(el('archive-summary').textContent()).resolves.toMatch(/^0 newly tracked, 2 accepted \((Jürgen Weiß; Mara Lindqvist|Mara Lindqvist; Jürgen Weiß)\), 0 already known/);
  await el('import-apply').click();
  await el('status-ok').waitFor();
  await expect.poll(badge).toBe('2');

  await page.locator('[data-rapport="nav-history"]').click();
  await page.locator('[data-rapport="history-filter-accepted"]').check();
  await expect.poll(() => el('history-count').textContent()).toBe('2 invitations');
  const expectedDay = await page.evaluate((ms) => new Intl.DateTimeFormat(chrome.i18n.getUILanguage(), { dateStyle: 'medium' }).format(new Date(ms)), acceptedDay.getTime());
  for (const name of ['Jürgen Weiß', 'Mara Lindqvist']) {
    const row = page.locator('[data-rapport="history-row"]', { hasText: name });
    await expect(row.getAttribute('data-status')).resolves.toBe('accepted');
    await expect(row.locator('[data-rapport="history-since"]').textContent()).resolves.toBe(expectedDay);
  }
  await page.locator('[data-rapport="nav-backup"]').click();
});

test('a zip with Connections.csv and Invitations.csv adding 2 new invitations → badge 4', async () => {
  await pick('Basic_LinkedInDataExport.zip', zip, 'application/zip');
  await el('archive-preview').waitFor();
  await expect(el('archive-new').textContent()).resolves.toContain('2');
  await expect(el('archive-known').textContent()).resolves.toContain('1');
  await el('import-apply').click();
  await el('status-ok').waitFor();
  await expect.poll(badge).toBe('4');
});

test('the same zip again changes nothing → still 4', async () => {
  await pick('Basic_LinkedInDataExport.zip', zip, 'application/zip');
  await el('archive-preview').waitFor();
  await el('import-nothing').waitFor();
  await expect(el('import-apply').isDisabled()).resolves.toBe(true);
  expect(await badge()).toBe('4');
  const list = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'invitations.list', limit: 100 }))) as { data: { total: number } };
  expect(list.data.total).toBe(6);
});

test('an unreadable file shows one message and applies nothing', async () => {
  await pick('Connections.csv', Buffer.from('name,email\nA,a@example.org'), 'text/csv');
  await expect(el('status-error').textContent()).resolves.toContain('neither LinkedIn');
  expect(await el('import-apply').count()).toBe(0);
  expect(await badge()).toBe('4');
});

test('export downloads a JSON backup that holds the 6 invitations', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), el('export-json').click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const backupText = JSON.parse(readFileSync(path, 'utf8')) as { format: string; invitations: unknown[] };
  expect(backupText.format).toBe('rapport-backup');
  expect(backupText.invitations).toHaveLength(6);
});

test('delete all data needs the typed word, then empties everything and the badge', async () => {
  await expect(el('delete-all').isDisabled()).resolves.toBe(true);
  await el('delete-confirm').fill('delet');
  await expect(el('delete-all').isDisabled()).resolves.toBe(true);
  await el('delete-confirm').fill('delete');
  await el('delete-all').click();
  await expect.poll(() => el('delete-all-panel').locator('[data-rapport="status-ok"]').count()).toBe(1);
  await expect.poll(badge).toBe('');
  const list = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'invitations.list', limit: 1 }))) as { data: { total: number } };
  expect(list.data.total).toBe(0);
});

test('no console errors', () => {
  expect(errors).toEqual([]);
});
