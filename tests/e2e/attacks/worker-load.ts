// Shared steps of the worker-stop attacks: a simulated people search with many people, the
// person's own Connect → "Send without a note" for each of them (real input events), a fast look at
// the content script's debug state over one CDP session, and stopping the service worker the way
// the browser does.
import type { CDPSession, Page } from 'playwright-core';
import { simPage } from '../../fixtures/sim/pages';
import type { Extension } from '../harness';

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'be', 'da'];
/** A fictional name from a number: 3 → "Ka Lo Ru"-like, different for every (tab, n). */
const word = (n: number) => {
  let out = '';
  do {
    out += SYLLABLES[n % 10];
    n = Math.floor(n / 10);
  } while (n > 0);
  return out[0]!.toUpperCase() + out.slice(1);
};

export interface Person {
  name: string;
  slug: string;
}

export function peopleOf(tab: number, count: number): Person[] {
  return Array.from({ length: count }, (_, n) => ({ name: `${word(tab + 1)} ${word(n + 100)}`, slug: `attack-${tab}-${n}` }));
}

/** The simulated 2026 people search, with `people` as its results. */
export function searchPage(people: Person[]): string {
  const json = people.map((p, n) => ({
    slug: p.slug, name: p.name, memberId: String(900000000 + n), profileId: `ACoAAFSimAttack${n}`,
    headline: 'Engineer', location: 'Utrecht, Netherlands', degree: '2nd', mutuals: [], mutualOthers: 0,
  }));
  const html = simPage('search-2026');
  const start = html.indexOf('<script type="application/json" id="sim-people">');
  const end = html.indexOf('</script>', start);
  return `${html.slice(0, start)}<script type="application/json" id="sim-people">${JSON.stringify(json).replace(/</g, '\\u003c')}${html.slice(end)}`;
}

/** Reads the content script's debug state through one CDP session kept open for the page. */
export async function debugReader(page: Page, extensionId: string): Promise<{ composerStage(): Promise<string | null>; close(): Promise<void> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context));
  await cdp.send('Runtime.enable');
  const world = async () => {
    for (let i = 0; i < 100; i += 1) {
      const found = worlds.findLast((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
      if (found) return found.id;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('The content script did not run on this page.');
  };
  const contextId = await world();
  return {
    async composerStage() {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'globalThis.__rapport?.composer?.stage ?? null', contextId, returnByValue: true });
      return (result.value as string | null) ?? null;
    },
    close: () => cdp.detach().catch(() => undefined),
  };
}

/**
 * Where `selector` is on screen (scrolled into view first), looking into LinkedIn's open shadow
 * outlet too. Only a place to click at: the click itself is the browser's own input event.
 */
const centreOf = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel) ?? document.getElementById('interop-outlet')?.shadowRoot?.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);

async function clickAt(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const at = await centreOf(page, selector);
    if (at) return page.mouse.click(at.x, at.y);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`nothing to click: ${selector}`);
}

/**
 * The person's own invitation to each of `people`, one after the other: Connect, wait until the
 * composer is at the dialog's first step (so Rapport is listening), "Send without a note".
 * Mouse clicks at the controls' positions (real input events; no waiting for animation frames,
 * which the four tabs behind the front one never get). Calls `afterEach` after every send.
 */
export async function sendToAll(page: Page, extensionId: string, people: Person[], afterEach: () => void): Promise<void> {
  const state = await debugReader(page, extensionId);
  try {
    for (const person of people) {
      await clickAt(page, `main [aria-label="Invite ${person.name} to connect"]`);
      for (let i = 0; (await state.composerStage()) !== 'add-note-prompt'; i += 1) {
        if (i > 400) throw new Error(`no composer for ${person.name}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      await clickAt(page, 'button[aria-label="Send without a note"]');
      afterEach();
    }
  } finally {
    await state.close();
  }
}

/**
 * Stops every service worker on demand, as Chromium does to an idle (or busy) extension worker, and
 * counts the extension worker's actual stops and starts from the DevTools protocol's own events.
 */
export async function workerControl(ext: Extension, page: Page) {
  const cdp = await ext.context.newCDPSession(page);
  const status = new Map<string, string>();
  const counts = { stopped: 0, started: 0 };
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`)) continue;
      const before = status.get(v.versionId);
      if (before !== v.runningStatus && v.runningStatus === 'stopped') counts.stopped += 1;
      if (before !== v.runningStatus && v.runningStatus === 'running' && before !== undefined) counts.started += 1;
      status.set(v.versionId, v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    counts,
    stop: async (): Promise<void> => {
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
    close: () => cdp.detach().catch(() => undefined),
  };
}

export interface Stored {
  id: string;
  profileUrl: string;
  name: string;
}

/** Everything the background stores, read through an extension page (wakes the worker if stopped). */
export async function storedInvitations(page: Page): Promise<Stored[]> {
  for (let attempt = 0; ; attempt += 1) {
    const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'invitations.list', limit: 1000 })).catch(() => null)) as { ok: boolean; data: { items: Stored[]; total: number } } | null;
    if (reply?.ok) {
      if (reply.data.total > 1000) throw new Error('more than 1000 stored');
      return reply.data.items;
    }
    if (attempt > 20) throw new Error('the background did not answer');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The ids of the stored invitation records, the ids the invitation index holds (store/
 * invitation-index.ts) and its head's count, read straight from storage.local.
 */
export async function storedIndex(page: Page): Promise<{ records: string[]; indexed: string[]; head: unknown }> {
  return page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const records = Object.keys(all).filter((key) => key.startsWith('i:')).map((key) => key.slice(2)).sort();
    // A chunk is one string: entries split by `|`, the id first, before a space, `%`-escaped.
    const idOf = (line: string) => line.split(' ')[0]!.replace(/%(25|20|7C)/g, (c) => decodeURIComponent(c));
    const indexed = Object.keys(all).filter((key) => /^x:\d+$/.test(key)).flatMap((key) => ((all[key] as string) === '' ? [] : (all[key] as string).split('|').map(idOf))).sort();
    return { records, indexed, head: all['x:head'] };
  });
}
