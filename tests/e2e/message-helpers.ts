// Shared steps of the message-box and conversation real-browser tests (issue #21): seed the
// background with an accepted invitation and a request template, watch what reaches the
// background, LinkedIn's editor and Send in the simulator, the popup's queue and badge, and a clock
// moved on by days for the service worker and every page opened afterwards.
import type { Frame, Page } from 'playwright-core';
import { askBackground } from './composer-helpers';
import { watchErrors, type Extension } from './harness';

export const DAY = 86_400_000;
export const POPUP = 'src/popup/index.html';

export const REQUEST_TEMPLATE = {
  id: 'tpl-request',
  name: 'Ask for 20 minutes',
  body: 'Hi {{firstName}}, thanks for connecting! Could we talk for 20 minutes next week about {{myInterest|your work}}?',
  kind: 'conversation',
};
/** The request REQUEST_TEMPLATE renders for someone called `first`. */
export const requestText = (first: string) => `Hi ${first}, thanks for connecting! Could we talk for 20 minutes next week about your work?`;

export const profileUrl = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

export interface Tracked {
  profileUrl: string;
  conversation?: { stage: string; templateId?: string; requestedAt: string };
}

export const tracked = async (ext: Extension, slug: string) =>
  (await askBackground<{ items: Tracked[] }>(ext, { type: 'invitations.list', limit: 1000 })).items.find((i) => i.profileUrl === profileUrl(slug));

/** Everything the background tracks: one invitation accepted `acceptedDaysAgo` ago and the request template. */
export async function seedAccepted(ext: Extension, slug: string, name: string, acceptedDaysAgo = 0): Promise<void> {
  const sentAt = new Date(Date.now() - 10 * DAY).toISOString();
  const statusChangedAt = acceptedDaysAgo ? new Date(Date.now() - acceptedDaysAgo * DAY).toISOString() : sentAt;
  const invitations = [{ id: `inv-${slug}`.slice(0, 40), profileUrl: profileUrl(slug), name, note: '', sentAt, status: 'accepted', source: 'composer', statusChangedAt }];
  const text = JSON.stringify({ format: 'rapport-backup', version: 1, templates: [REQUEST_TEMPLATE], invitations, settings: { followUpAfterDays: 7 } });
  await askBackground(ext, { type: 'backup.import', text, mode: 'replace' });
}

/** What reached the background's message listener (a listener the test adds; the build has none). */
export async function watchRequestsSent(ext: Extension): Promise<() => Promise<Array<Record<string, unknown>>>> {
  const sw = ext.serviceWorker;
  await sw.evaluate(() => {
    const g = globalThis as unknown as { __seen?: unknown[] };
    if (g.__seen) return;
    g.__seen = [];
    chrome.runtime.onMessage.addListener((m: unknown) => {
      g.__seen!.push(m);
    });
  });
  await sw.evaluate(() => ((globalThis as unknown as { __seen: unknown[] }).__seen.length = 0));
  return () => sw.evaluate(() => (globalThis as unknown as { __seen: Array<Record<string, unknown>> }).__seen.filter((m) => m.type === 'conversation.request-sent'));
}

/** LinkedIn's message editor and Send, in the page or in the frame that shows the conversation. */
export const messageEditor = (where: Page | Frame) => where.locator('[contenteditable="true"][role="textbox"]');
export const messageSend = (where: Page | Frame) => where.locator('form button[type="submit"]');
export const simMessages = (where: Page | Frame) => where.evaluate(() => (window as unknown as { __simMessages: unknown[] }).__simMessages);

/** The profile's own Message control: era C a "Message <name>" button, era D a compose link (§14). */
export const messageControl = (page: Page, era: '2024' | '2026') =>
  page.locator(era === '2024' ? 'main button[aria-label^="Message "]' : 'main a[href^="/messaging/compose/"]').first();

export async function openBubble(page: Page, era: '2024' | '2026'): Promise<void> {
  await messageControl(page, era).click();
  await messageEditor(page).waitFor();
}

/** The popup, sized as the browser shows it, its errors collected into `errors`. */
export async function openPopup(ext: Extension, errors: string[]): Promise<Page> {
  const page = await ext.openExtensionPage(POPUP);
  await page.setViewportSize({ width: 380, height: 600 });
  watchErrors(page, errors);
  return page;
}
export const badgeText = (ext: Extension) => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));
export const queueNames = (page: Page, bucket: string) => page.locator(`[role=option][data-bucket="${bucket}"] .name`).allTextContents();

/** Moves "now" on by `days` for the service worker and for every page opened from here on. */
export async function moveClock(ext: Extension, days: number): Promise<void> {
  const shift = (offset: number) => {
    const Real = Date;
    class Shifted extends Real {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(Real.now() + offset);
        else super(...(args as [number]));
      }
      static override now() {
        return Real.now() + offset;
      }
    }
    (globalThis as { Date: DateConstructor }).Date = Shifted as DateConstructor;
  };
  await ext.serviceWorker.evaluate(shift, days * DAY);
  await ext.context.addInitScript(shift, days * DAY);
  // The midnight alarm is what recomputes the badge when days pass: let it fire now (real time).
  await ext.serviceWorker.evaluate(() => chrome.alarms.create('rapport-midnight', { when: performance.timeOrigin + performance.now() + 50 }));
}
