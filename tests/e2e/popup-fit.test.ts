// The popup at Chrome's 600 px height: at least five people fit in the list, the page does not
// scroll, and the follow-up chooser shows a template's whole name (it read "Follow-up: thanks fc").
// And what its first frame waits for: the page and one script, with no polyfill in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { distDir, launchExtension, type Extension } from './harness';
import { starterTemplates } from '../../src/core/starter-templates';
import { daysAgo } from './calendar';

let ext: Extension;
const invitations = Array.from({ length: 9 }, (_, i) => ({
  id: `p${i}`, name: `Person Number ${i}`, profileUrl: `https://www.linkedin.com/in/person-${i}/`, sentAt: daysAgo(8 + i),
  status: 'pending', source: 'composer', company: 'Acme', note: 'Hi, a note long enough to fill the row and then some more words.',
}));

beforeAll(async () => {
  ext = await launchExtension();
  const page = await ext.openExtensionPage('src/popup/index.html');
  const text = JSON.stringify({ format: 'rapport-backup', version: 1, templates: starterTemplates, invitations, settings: {} });
  expect(await page.evaluate((t) => chrome.runtime.sendMessage({ type: 'backup.import', text: t, mode: 'replace' }), text)).toMatchObject({ ok: true });
  await page.close();
});
afterAll(async () => {
  await ext?.close();
});

test('five rows fit, nothing scrolls, the chooser is not cut off', async () => {
  const page = await ext.openExtensionPage('src/popup/index.html');
  await page.setViewportSize({ width: 380, height: 600 });
  await page.locator('[role=option]').first().waitFor();
  const fit = await page.evaluate(() => {
    const list = document.querySelector('.vlist')!.getBoundingClientRect();
    const rows = [...document.querySelectorAll('[role=option]')].filter((r) => {
      const box = r.getBoundingClientRect();
      return box.top >= list.top - 0.5 && box.bottom <= list.bottom + 0.5;
    });
    const select = document.querySelector<HTMLSelectElement>('.panel select')!;
    // The longest template name is the one that must fit.
    const longest = [...select.options].sort((x, y) => y.text.length - x.text.length)[0]!;
    select.value = longest.value;
    const probe = document.createElement('span');
    probe.style.cssText = `font: ${getComputedStyle(select).font}; position: absolute; white-space: nowrap`;
    probe.textContent = select.selectedOptions[0]!.text;
    document.body.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    return { rows: rows.length, pageHeight: document.documentElement.scrollHeight, text: probe.textContent, needed, available: select.clientWidth - 22 };
  });
  expect(fit.rows).toBeGreaterThanOrEqual(5);
  expect(fit.pageHeight).toBeLessThanOrEqual(600);
  expect(fit.needed).toBeLessThanOrEqual(fit.available);
  await page.close();
});

test('the popup loads its page and one script: its styles are in the page, the script has no polyfill', async () => {
  const page = await ext.context.newPage();
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html`);
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  expect(loaded.filter((path) => /\.(css|js|html)$/.test(path))).toEqual(['/popup.js']);
  // Styled all the same: the list scrolls inside its own box.
  expect(await page.getByRole('listbox').evaluate((list) => getComputedStyle(list).overflowY)).toBe('auto');
  // webextension-polyfill's own guard message: the popup uses chrome.* / browser.* directly.
  expect(readFileSync(join(distDir, 'popup.js'), 'utf8')).not.toContain('This script should only be loaded in a browser extension');
  await page.close();
});
