// The LinkedIn page simulator's real-Chromium session for the sim tests: one browser with the
// extension per file, simulated pages served offline, page errors and alerts collected.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension } from './harness';
import { simPage, simPages, type SimOptions, type SimPageName } from '../fixtures/sim/pages';

export interface SimBrowser {
  /** Opens a simulated page. */
  sim(name: SimPageName, options?: SimOptions): Promise<Page>;
  /** Call at the end of the file: its last test checks that no page errored, alerted or sent a request out. */
  checkTheWholeFile(): void;
}

/** Registers the file's browser (launched before its tests, closed after). */
export function useSimBrowser(): SimBrowser {
  let ext: Extension;
  const problems: string[] = [];
  const open: Page[] = [];
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    await ext?.close();
  });
  const checkTheWholeFile = () =>
    describe('the whole file', () => {
      test('no page error, no alert, and nothing left the browser', () => {
        expect(problems).toEqual([]);
        expect(ext.unexpectedRequests).toEqual([]);
      });
    });
  const sim = async (name: SimPageName, options?: SimOptions) => {
    const { url } = simPages[name];
    ext.serveLinkedIn(url, { html: simPage(name, options) });
    const page = await ext.context.newPage();
    open.push(page);
    page.on('pageerror', (e) => problems.push(`${name}: ${e}`));
    page.on('dialog', (d) => {
      problems.push(`${name}: browser dialog "${d.message()}"`);
      void d.dismiss();
    });
    await page.goto(url);
    return page;
  };
  return { sim, checkTheWholeFile };
}

export const sent = (page: Page) => page.evaluate(() => (window as any).__simSent as { name: string; note: string | null }[]);
export const inviteDialog = (page: Page) => page.locator('.artdeco-modal.send-invite[role="dialog"]');
export const button = (page: Page, label: string) => page.locator(`button[aria-label="${label}"]`);
/** Where the dialog was mounted: 'outlet', 'shadow' or 'none'. */
export const mountedIn = (page: Page) =>
  page.evaluate(() => {
    const sel = '[data-test-modal-id="send-invite-modal"] > .artdeco-modal.send-invite[role="dialog"][aria-labelledby="send-invite-modal"]';
    if (document.querySelector(`#artdeco-modal-outlet > div${sel}`)) return 'outlet';
    const shadow = document.querySelector('div#interop-outlet[data-testid="interop-shadowdom"]')?.shadowRoot;
    if (shadow?.querySelector(sel)) return document.querySelector('.send-invite') ? 'both' : 'shadow';
    return 'none';
  });
