// The side-panel composer: in the built manifests (Chrome's side_panel, Firefox's sidebar_action),
// and on the real extension page in Chromium. It follows the profile the person views, fills and
// counts the note, copies it to the clipboard, and its switch keeps Rapport out of LinkedIn's
// invite dialog. Chromium cannot open its side panel from a test, so the page is opened as a tab.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distDir, launchExtension, projectRoot, type Extension, watchErrors } from './harness';
import { firefoxDistDir, launchFirefoxExtension } from './firefox/harness';
import { clickConnect, composer, linkedInButton, noteBox, openSim } from './composer-helpers';

const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const chromeManifest = read(distDir);
const PANEL: string = chromeManifest.side_panel?.default_path ?? 'src/sidepanel/index.html';
const shots = join(projectRoot, 'test-artifacts/screenshots');

const ana = { profileUrl: 'https://www.linkedin.com/in/ana-souza/', fullName: 'Ana Souza', firstName: 'Ana', company: 'Acme', relation: 'connectable' };

describe('the built manifests', () => {
  test('Chrome: a side panel page that exists, the sidePanel permission, no Firefox sidebar', () => {
    expect(chromeManifest.side_panel).toEqual({ default_path: 'src/sidepanel/index.html' });
    expect(existsSync(join(distDir, PANEL))).toBe(true);
    expect(chromeManifest.permissions).toContain('sidePanel');
    expect(chromeManifest.sidebar_action).toBeUndefined();
    // The toolbar button still opens the popup: the panel is opened by the person.
    expect(chromeManifest.action.default_popup).toBe('src/popup/index.html');
  });

  test('Firefox: the same page as a sidebar that does not open by itself; nothing Chrome-only', () => {
    const firefox = read(firefoxDistDir);
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(firefox.sidebar_action).toMatchObject({ default_panel: PANEL, open_at_install: false });
    expect(firefox.sidebar_action.default_title).toMatch(/^__MSG_\w+__$/);
    expect(existsSync(join(firefoxDistDir, firefox.sidebar_action.default_panel))).toBe(true);
  });
});

describe('the side panel page in Chromium', () => {
  let ext: Extension;
  const errors: string[] = [];
  const open: Page[] = [];

  async function panel(): Promise<Page> {
    const page = await ext.openExtensionPage(PANEL);
    open.push(page);
    await page.setViewportSize({ width: 360, height: 760 });
    watchErrors(page, errors);
    return page;
  }
  const part = (page: Page, name: string) => page.locator(`[data-rapport="${name}"]`);
  const ask = (page: Page, request: Record<string, unknown>) => page.evaluate((r) => chrome.runtime.sendMessage(r), request) as Promise<{ ok: boolean; data?: unknown }>;
  const composerMode = async (page: Page) => ((await ask(page, { type: 'settings.get' })).data as { settings: { composerMode: string } }).settings.composerMode;

  beforeAll(async () => {
    ext = await launchExtension();
    // Chromium refuses an extension origin here ("opaque"), so the grant is for every origin.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    mkdirSync(shots, { recursive: true });
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((p) => p.close()));
    expect(errors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('before any profile was viewed it says to open one', async () => {
    const page = await panel();
    await expect(part(page, 'sidepanel-empty').textContent()).resolves.toContain('Open a LinkedIn profile');
    expect(await part(page, 'sidepanel-note').count()).toBe(0);
  });

  test('a reported profile appears without a reload; the note names the person and the counter matches it', async () => {
    const page = await panel();
    await part(page, 'sidepanel-empty').waitFor();
    expect(await ask(page, { type: 'profile.observed', profile: ana })).toMatchObject({ ok: true });
    // The panel asks again every few seconds while visible.
    await part(page, 'sidepanel-name').waitFor({ timeout: 6000 });
    expect(await part(page, 'sidepanel-name').textContent()).toBe('Ana Souza');
    const note = await part(page, 'sidepanel-note').inputValue();
    expect(note).toMatch(/\bAna\b/);
    expect(await part(page, 'sidepanel-counter').textContent()).toBe(`${note.length}/200 free · ${note.length}/300 Premium`);
    expect(await part(page, 'sidepanel-hints').locator('li').count()).toBeGreaterThan(0);

    // Typing: the counter follows the box, counted as LinkedIn counts.
    await part(page, 'sidepanel-note').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Looking forward to it!');
    const typed = await part(page, 'sidepanel-note').inputValue();
    expect(typed).toBe(`${note} Looking forward to it!`);
    expect(await part(page, 'sidepanel-counter').textContent()).toBe(`${typed.length}/200 free · ${typed.length}/300 Premium`);
    expect(await part(page, 'sidepanel-preview').textContent()).toBe(note);
  });

  test('Copy (by keyboard too) puts exactly the note on the clipboard and confirms it', async () => {
    const page = await panel();
    const box = part(page, 'sidepanel-note');
    await box.waitFor();
    await box.fill('Hi Ana, your talk on data contracts at Acme was great. Could we connect?');
    await part(page, 'sidepanel-copy').click();
    await expect.poll(() => part(page, 'sidepanel-copy-status').textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Hi Ana, your talk on data contracts at Acme was great. Could we connect?');

    await box.fill('Hi Ana, one more try.');
    await expect.poll(() => part(page, 'sidepanel-copy-status').textContent()).toBe('');
    await box.focus();
    // From the box, Tab goes to "use the template's text again" (edited) and then to Copy.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-rapport'))).toBe('sidepanel-copy');
    await page.keyboard.press('Enter');
    await expect.poll(() => part(page, 'sidepanel-copy-status').textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Hi Ana, one more try.');
  });

  test('light and dark screenshots', async () => {
    const page = await panel();
    await ask(page, { type: 'profile.observed', profile: ana });
    await page.reload();
    await part(page, 'sidepanel-note').waitFor();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: join(shots, 'sidepanel-light.png'), fullPage: true });
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(shots, 'sidepanel-dark.png'), fullPage: true });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(light).toBe('rgb(255, 255, 255)');
    expect(dark).not.toBe(light);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('the profile the person opens on LinkedIn shows up; side-panel mode keeps Rapport out of the invite dialog', async () => {
    const { page: linkedIn, problems } = await openSim(ext, 'profile-2026');
    open.push(linkedIn);
    const page = await panel();
    await expect.poll(() => part(page, 'sidepanel-name').textContent(), { timeout: 8000 }).toBe('Lucía Ferrer');
    expect(await part(page, 'sidepanel-note').inputValue()).toContain('Lucía');

    // In the default mode, Rapport's composer joins LinkedIn's dialog (so its absence below means something).
    await clickConnect(linkedIn);
    await linkedInButton(linkedIn, 'Add a note').click();
    await composer(linkedIn).waitFor();

    // Switch: persisted in the settings, and shown checked after a reload.
    const mode = part(page, 'sidepanel-mode');
    expect(await mode.isChecked()).toBe(false);
    await mode.check();
    await expect.poll(() => composerMode(page)).toBe('side-panel');
    await page.reload();
    await expect.poll(() => part(page, 'sidepanel-mode').isChecked()).toBe(true);

    // LinkedIn's dialog now stays LinkedIn's own: no composer, the note is pasted by the person.
    await linkedIn.reload();
    await clickConnect(linkedIn);
    await linkedInButton(linkedIn, 'Add a note').click();
    await noteBox(linkedIn).waitFor();
    await linkedIn.waitForTimeout(800);
    expect(await composer(linkedIn).count()).toBe(0);
    expect(problems).toEqual([]);

    // And back.
    await part(page, 'sidepanel-mode').uncheck();
    await expect.poll(() => composerMode(page)).toBe('dialog');
  });
});

// `npm run test:chromium` sets RAPPORT_BROWSERS=chromium: no Firefox on the machine.
describe.skipIf(process.env.RAPPORT_BROWSERS === 'chromium')('the sidebar page in Firefox ESR', () => {
  test('renders the last profile, fills and counts the note, and makes no request', async () => {
    const ff = await launchFirefoxExtension();
    try {
      const panelPath = read(firefoxDistDir).sidebar_action.default_panel as string;
      await ff.askBackground({ type: 'profile.observed', profile: ana });
      const tab = await ff.openExtensionPage(panelPath);
      await tab.waitForElement('[data-rapport="sidepanel-name"]');
      expect(await tab.onElement('[data-rapport="sidepanel-name"]', (el) => el.textContent)).toBe('Ana Souza');
      const note = await tab.onElement('[data-rapport="sidepanel-note"]', (el) => (el as HTMLTextAreaElement).value);
      expect(note).toMatch(/\bAna\b/);
      expect(await tab.onElement('[data-rapport="sidepanel-counter"]', (el) => el.textContent)).toBe(`${note!.length}/200 free · ${note!.length}/300 Premium`);
      await tab.close();
      expect(ff.unexpectedRequests).toEqual([]);
    } finally {
      await ff.close();
    }
  });
});
