// The background store in the real browser: many tabs writing at once, the badge from an
// imported backup, and both surviving the browser stopping the service worker.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluateInContentScript, launchExtension, type Extension } from './harness';
import { daysAgo } from './calendar';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const blankProfile = (n: number) => `<!doctype html><html><body><main><h1>Person ${n}</h1></main></body></html>`;

/** Sends a request from an extension page and returns the raw reply envelope. */
async function request(page: Page, message: object): Promise<{ ok: boolean; data?: any; error?: any }> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

const badge = () => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));

async function waitForBadge(expected: string): Promise<string> {
  let text = '';
  for (let i = 0; i < 100 && (text = await badge()) !== expected; i += 1) await new Promise((r) => setTimeout(r, 50));
  return text;
}

describe('background store in Chromium', () => {
  test('500 invitation.sent messages fired at once from 5 LinkedIn tabs are all stored', async () => {
    const tabs: Page[] = [];
    for (let t = 0; t < 5; t += 1) tabs.push(await ext.openLinkedIn(`https://www.linkedin.com/in/tab-${t}/`, { html: blankProfile(t) }));
    const results = await Promise.all(
      tabs.map((tab, t) =>
        evaluateInContentScript(
          tab,
          ext.extensionId,
          `Promise.all(Array.from({ length: 100 }, (_, i) => chrome.runtime.sendMessage({
             type: 'invitation.sent', profileUrl: 'https://www.linkedin.com/in/bulk-${t}-' + i + '/', name: 'Bulk ${t} ' + i, note: 'n' })))
             .then((replies) => replies.filter((r) => r && r.ok).length)`,
          10_000,
        ),
      ),
    );
    expect(results).toEqual([100, 100, 100, 100, 100]);
    const page = await ext.openExtensionPage('src/popup/index.html');
    const list = await request(page, { type: 'invitations.list', limit: 1000 });
    expect(list.data.total).toBe(500);
    expect(new Set(list.data.items.map((i: { profileUrl: string }) => i.profileUrl)).size).toBe(500);
    await request(page, { type: 'data.delete-all', confirm: true });
    await Promise.all([...tabs, page].map((p) => p.close()));
  });

  test('a backup with invitations sent 8, 9, 10 and 1 days ago sets the badge to 3; a reply makes it 2; it survives a worker restart', async () => {
    const page = await ext.openExtensionPage('src/popup/index.html');
    const invitations = [8, 9, 10, 1].map((d) => ({ id: `d${d}`, profileUrl: `https://www.linkedin.com/in/days-${d}/`, name: `Days ${d}`, sentAt: daysAgo(d), status: 'pending' }));
    const text = JSON.stringify({ format: 'rapport-backup', version: 1, templates: [], invitations, settings: { followUpAfterDays: 7 } });
    const imported = await request(page, { type: 'backup.import', text, mode: 'replace' });
    expect(imported.ok).toBe(true);
    expect(await waitForBadge('3')).toBe('3');
    expect(await ext.serviceWorker.evaluate(() => chrome.action.getTitle({}))).toMatch(/3 people are waiting/);

    expect((await request(page, { type: 'invitation.set-status', id: 'd9', status: 'replied' })).ok).toBe(true);
    expect(await waitForBadge('2')).toBe('2');

    // Scribble over the badge, then stop the worker the way the browser does when it is idle.
    // A read-only message wakes a fresh worker, whose start-up must restore the badge from storage.
    await page.evaluate(() => chrome.action.setBadgeText({ text: 'X' }));
    await ext.serviceWorker.evaluate(() => Object.assign(globalThis, { beforeRestart: true }));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const summary = await request(page, { type: 'queue.summary' });
    expect(summary.data).toMatchObject({ due: 2, total: 4 });
    const workers = ext.context.serviceWorkers();
    expect(await Promise.all(workers.map((w) => w.evaluate(() => 'beforeRestart' in globalThis)))).not.toContain(true);
    let shown = '';
    for (let i = 0; i < 100 && (shown = await page.evaluate(() => chrome.action.getBadgeText({}))) !== '2'; i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(shown).toBe('2');
    await page.close();
  });

  test('a message from a web page cannot reach the store', async () => {
    const page = await ext.openLinkedIn('https://www.linkedin.com/in/outsider/', { html: blankProfile(9) });
    const result = await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage);
    expect(result).toBe('undefined');
    await page.close();
  });
});
