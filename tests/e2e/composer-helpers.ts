// Shared steps of the composer's real-browser tests: open a simulated LinkedIn page, walk
// LinkedIn's own invite flow, and read what Rapport stored through an extension page.
// The composer is in a closed shadow root: Playwright's selectors cannot see it (nor can the
// page). `composer` and `inComposer` find it through the DevTools protocol and click it with
// real mouse events at its position (tests/e2e/closed-root.ts), with a locator-like API.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchExtension, type Extension } from './harness';
import { ClosedPart } from './closed-part';
import { focusedElement } from './closed-root';
import { simPage, simPages, type SimOptions, type SimPageName } from '../fixtures/sim/pages';

export interface OpenedPage {
  page: Page;
  /** Page errors and browser dialogs (alert…): a hostile name must cause neither. */
  problems: string[];
}

export async function openSim(ext: Extension, name: SimPageName, options: SimOptions = {}, url: string = simPages[name].url): Promise<OpenedPage> {
  ext.serveLinkedIn(url, { html: simPage(name, options) });
  // The page's /preload/ iframe (§14) loads its own document when conversations open there.
  if (options.messagingIn === 'preload') ext.serveLinkedIn(`${simPages['preload-2026'].url.split('?')[0]}*`, { html: simPage('preload-2026') });
  const page = await ext.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`browser dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  return { page, problems };
}

/** The composer itself (its `data-part="composer"` section, one per composer in the page). */
export const composer = (page: Page) => new ClosedPart(page, 'composer');
/** A part of the composer (`data-part="<part>"`: insert, template, counter, preview, hint, guard…). */
export const inComposer = (page: Page, part: string) => new ClosedPart(page, part);
export type { ClosedPart } from './closed-part';
export const noteBox = (page: Page) => page.locator('#custom-message');
export const linkedInButton = (page: Page, label: string) => page.locator(`button[aria-label="${label}"]`);

/** Clicks the first visible Connect control in the page's main content (or the one named). */
export async function clickConnect(page: Page, name?: string): Promise<void> {
  const selector = name ? `[aria-label="Invite ${name} to connect"]` : ':is(a, button)[aria-label^="Invite "]';
  await page.locator(`main ${selector}`).first().click();
}

/** Connect → LinkedIn's "Add a note" → the composer at the note step. */
export async function openNoteStep(page: Page, name?: string): Promise<void> {
  await clickConnect(page, name);
  await linkedInButton(page, 'Add a note').click();
  await inComposer(page, 'insert').waitFor();
}

/** The element that has focus, looking through open and closed shadow roots (label, data-part, tag). */
export const deepFocus = focusedElement;

export const simSent = (page: Page) => page.evaluate(() => (window as unknown as { __simSent: { name: string; note: string | null }[] }).__simSent);

/** Sends a request to the background as an extension page does, returning the reply's data. */
export async function askBackground<T>(ext: Extension, request: Record<string, unknown>): Promise<T> {
  const pages = ext.context.pages().filter((p) => p.url().startsWith(`chrome-extension://${ext.extensionId}/`));
  const page = pages[0] ?? (await ext.openExtensionPage('src/options/index.html'));
  const reply = (await page.evaluate((r) => chrome.runtime.sendMessage(r), request)) as { ok: boolean; data?: T; error?: { message: string } };
  if (!reply?.ok) throw new Error(`background refused ${String(request.type)}: ${reply?.error?.message}`);
  return reply.data as T;
}

export interface StoredInvitation {
  profileUrl: string;
  name: string;
  note: string;
  templateId?: string;
  company?: string;
  source: string;
}

/** The background's invitations for one profile key, newest first. */
export async function storedFor(ext: Extension, slug: string): Promise<StoredInvitation[]> {
  const { items } = await askBackground<{ items: StoredInvitation[] }>(ext, { type: 'invitations.list', limit: 1000 });
  return items.filter((i) => i.profileUrl === `https://www.linkedin.com/in/${slug}/`);
}

/**
 * One browser with the extension for a test file, and `sim()` to open simulator pages in it.
 * Each test's pages are closed after it, and any page error or console error fails that test.
 */
export function simSuite(): { ext: () => Extension; sim(name: SimPageName, options?: SimOptions): Promise<Page> } {
  let ext: Extension | undefined;
  const open: OpenedPage[] = [];
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => {
    const done = open.splice(0);
    await Promise.all(done.map((o) => o.page.close()));
    expect(done.flatMap((o) => o.problems)).toEqual([]);
  });
  afterAll(async () => {
    await ext?.close();
  });
  return {
    ext: () => ext!,
    async sim(name, options) {
      const opened = await openSim(ext!, name, options);
      open.push(opened);
      return opened.page;
    },
  };
}
