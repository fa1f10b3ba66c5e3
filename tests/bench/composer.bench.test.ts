// How fast the composer is there and how fast its counter follows typing, in Chromium with the
// built extension on the simulated pages (both dialog variants). Timed inside the page (in the
// content script's isolated world, which shares the page's DOM and event loop): the
// content script's observer runs in the same event loop, so "usable" is checked right after the
// microtask in which it mounts (and, if it were late, on later tasks, which would show here).
// Records numbers only; asserts only that the composer really appeared and counted right.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { evaluateInContentScript, launchExtension, type Extension } from '../e2e/harness';
import { simPage, simPages } from '../fixtures/sim/pages';
import { recordBench, summarize } from './record';
import { traceMainThread } from './main-thread';
import { interleave } from './paired';

const OPENINGS = 60;
const KEYSTROKES = 150;

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

interface Timings {
  prompt: number[];
  note: number[];
  keystroke: number[];
  keystrokeWithObserver: number[];
  wrongCounts: number;
}

/** Runs in the page: opens the dialog OPENINGS times, then types KEYSTROKES characters. */
function measureInPage([openings, keystrokes]: [number, number]): Promise<Timings> {
  const outlet = () => document.getElementById('interop-outlet')?.shadowRoot ?? null;
  const find = (selector: string) => document.querySelector(selector) ?? outlet()?.querySelector(selector) ?? null;
  // The composer's root is closed: this runs in the content script's isolated world (through
  // CDP), where the extension API chrome.dom.openOrClosedShadowRoot opens it. The page cannot.
  const dom = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(el: Element): ShadowRoot | null } } }).chrome.dom;
  const composerRoot = () => {
    for (const el of find('[role="dialog"]')?.querySelectorAll('div') ?? []) {
      const root = el.attributes.length === 0 ? dom.openOrClosedShadowRoot(el) : null;
      if (root?.querySelector('[data-part="composer"]')) return root;
    }
    return null;
  };
  const part = (name: string) => composerRoot()?.querySelector(`[data-part="${name}"]`) ?? null;
  const nextTask = () => new Promise((r) => setTimeout(r, 0));
  /** ms from `start` until `ready()`: checked after the current microtasks, then every task. */
  const until = async (ready: () => boolean, start: number) => {
    await Promise.resolve();
    for (let i = 0; !ready() && i < 500; i++) await nextTask();
    if (!ready()) throw new Error('the composer did not appear');
    return performance.now() - start;
  };
  return (async () => {
    const t: Timings = { prompt: [], note: [], keystroke: [], keystrokeWithObserver: [], wrongCounts: 0 };
    const connect = document.querySelector<HTMLElement>('main [aria-label^="Invite "]')!;
    for (let i = 0; i < openings; i++) {
      connect.click(); // LinkedIn (the simulator) opens step 1 synchronously
      t.prompt.push(await until(() => !!part('show-add-note'), performance.now()));
      (find('button[aria-label="Add a note"]') as HTMLElement).click(); // step 2 replaces step 1
      t.note.push(await until(() => { const b = part('insert') as HTMLButtonElement | null; return !!b && !b.disabled && !!part('counter'); }, performance.now()));
      if (i < openings - 1) {
        (find('button[aria-label="Dismiss"]') as HTMLElement).click();
        await nextTask();
      }
    }
    const box = find('#custom-message') as HTMLTextAreaElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    for (let i = 0; i < keystrokes; i++) {
      const text = 'x'.repeat(i + 1);
      const start = performance.now();
      setValue.call(box, text);
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }));
      const shown = part('counter')?.textContent;
      t.keystroke.push(performance.now() - start);
      if (!shown?.startsWith(`${text.length}/`)) t.wrongCounts++;
      await Promise.resolve(); // the observer's turn: LinkedIn's own counter changed too
      t.keystrokeWithObserver.push(performance.now() - start);
      await nextTask();
    }
    return t;
  })();
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

test.each(['2024', '2026'] as const)('composer timings, dialog variant %s', async (variant) => {
  const url = simPages['profile-2026'].url;
  ext.serveLinkedIn(url, { html: simPage('profile-2026', { variant, limit: 200 }) });
  const page = await ext.context.newPage();
  await page.goto(url);
  // The person is at the page: Rapport's watch is up (src/content/first-sign.ts).
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300); // the content script has read the page and fetched its data
  const t = (await evaluateInContentScript(
    page, ext.extensionId, `(() => { const __name = (f) => f; return (${measureInPage.toString()})([${OPENINGS}, ${KEYSTROKES}]); })()`, 120_000,
  )) as Timings;
  await page.close();
  expect(t.note).toHaveLength(OPENINGS);
  expect(t.wrongCounts).toBe(0);

  const where = variant === '2024' ? '2024 outlet' : '2026 shadow root';
  // The first opening on a page also waits for composer.js to be injected by the background.
  recordBench({
    name: `composer: first dialog on a page (incl. injecting composer.js), ${where}`, value: round(t.prompt[0]!), unit: 'ms',
    detail: 'once per page load; later dialogs reuse the injected code',
  });
  for (const [key, label] of [['prompt', 'dialog opens → composer shown'], ['note', 'note step → composer usable']] as const) {
    const { median, p95 } = summarize(t[key]);
    recordBench({ name: `composer: ${label}, ${where}, median`, value: round(median), unit: 'ms', budget: 2, detail: `${OPENINGS} openings` });
    recordBench({ name: `composer: ${label}, ${where}, p95`, value: round(p95), unit: 'ms', budget: 16, detail: `${OPENINGS} openings` });
  }
  const keys = summarize(t.keystroke);
  recordBench({
    name: `composer: keystroke → counter, ${where}`, value: round(keys.median), unit: 'ms', budget: 1,
    detail: `median of ${KEYSTROKES}; p95 ${round(keys.p95)} ms; incl. LinkedIn's own input handler`,
  });
  const all = summarize(t.keystrokeWithObserver);
  recordBench({
    name: `composer: keystroke incl. dialog re-check, ${where}`, value: round(all.median), unit: 'ms',
    detail: `median of ${KEYSTROKES}; p95 ${round(all.p95)} ms; the observer's batch for LinkedIn's counter change`,
  });
});

/**
 * Runs in the content script's world before the person's own click: times from the click (the
 * click event's own time stamp: before any listener, Rapport's included, ran) until the composer
 * is there and laid out (its style and layout forced, the work its first frame must do before the
 * paint; not the wait for the display's next frame), into a global.
 */
function timeFromTrustedClick(): void {
  const world = globalThis as { __firstComposerMs?: number };
  const dom = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(el: Element): ShadowRoot | null } } }).chrome.dom;
  const shownHost = () => {
    const dialog = document.querySelector('[role="dialog"]') ?? document.getElementById('interop-outlet')?.shadowRoot?.querySelector('[role="dialog"]');
    for (const el of dialog?.querySelectorAll('div') ?? []) {
      const root = el.attributes.length === 0 ? dom.openOrClosedShadowRoot(el) : null;
      if (root?.querySelector('[data-part="show-add-note"]')) return el;
    }
    return null;
  };
  document.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    const start = event.timeStamp;
    const check = () => {
      if (world.__firstComposerMs !== undefined) return;
      const host = shownHost();
      if (!host) return void setTimeout(check, 0);
      host.getBoundingClientRect();
      world.__firstComposerMs = performance.now() - start;
      console.timeStamp('rapport-composer-shown'); // for the trace (main-thread.ts)
    };
    // First after the click's last listener (LinkedIn's dialog drawn) and its microtasks (Rapport's
    // observer), then on each task after it; a timer too, should a listener stop the click.
    window.addEventListener('click', () => void Promise.resolve().then(check), { once: true });
    setTimeout(check, 0);
  }, { capture: true, once: true });
}

const FIRST_DIALOG_PAGES = 9;

interface FirstDialogs {
  /** Click → composer laid out, on pages without a trace (what a person meets). */
  times: number[];
  /** The same on the traced pages (the trace's own cost included). */
  tracedTimes: number[];
  /** Main-thread CPU click → composer painted, and of it Rapport's scripts (traced pages). */
  cpu: number[];
  ours: number[];
}

/**
 * What a person meets: a fresh page (composer.js not yet injected); `restMs` after the page's load
 * (null: as soon as the content script is there) the pointer comes onto Connect (pointerover), presses
 * at once, releases 100 ms later (a quick click). The approach starts fetching composer.js.
 * Each run opens two pages: one timed by the wall clock alone, one with a main-thread trace
 * recording the click (the CPU lines). A trace costs the page time of its own, so the wall lines
 * come from the pages without one; the traced pages' wall times are reported beside them.
 */
async function firstDialogs(variant: '2024' | '2026', restMs: number | null): Promise<FirstDialogs> {
  const url = simPages['profile-2026'].url;
  ext.serveLinkedIn(url, { html: simPage('profile-2026', { variant, limit: 200 }) });
  const out: FirstDialogs = { times: [], tracedTimes: [], cpu: [], ours: [] };
  const onePage = async (traced: boolean) => {
    const page = await ext.context.newPage();
    await page.goto(url, { waitUntil: restMs === null ? 'domcontentloaded' : 'load' });
    if (restMs !== null) await page.waitForTimeout(restMs);
    await evaluateInContentScript(page, ext.extensionId, `(() => { const __name = (f) => f; (${timeFromTrustedClick.toString()})(); return true; })()`);
    const box = (await page.locator('main [aria-label^="Invite "]').first().boundingBox())!;
    const trace = traced ? await traceMainThread(page) : null;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(100);
    await page.mouse.up();
    await expect.poll(() => evaluateInContentScript(page, ext.extensionId, 'globalThis.__firstComposerMs ?? null'), { timeout: 10_000 }).not.toBeNull();
    const ms = (await evaluateInContentScript(page, ext.extensionId, 'globalThis.__firstComposerMs')) as number;
    (traced ? out.tracedTimes : out.times).push(ms);
    await page.waitForTimeout(100); // the frame that paints it
    const cpu = await trace?.stop('rapport-composer-shown');
    if (cpu) {
      out.cpu.push(cpu.all);
      out.ours.push(cpu.extension);
    }
    await page.close();
  };
  // The order turning each run: neither kind gets the machine's quieter moments.
  await interleave(FIRST_DIALOG_PAGES, ['untraced', 'traced'] as const, (side) => onePage(side === 'traced'));
  return out;
}

test.each(['2024', '2026'] as const)('first dialog after the person\'s own click, dialog variant %s', async (variant) => {
  const where = variant === '2024' ? '2024 outlet' : '2026 shadow root';
  const lines = [
    ['rested', 150, 'the page rested 150 ms after load'],
    ['cold', null, 'the press as soon as the content script is there, the page just loaded'],
  ] as const;
  for (const [label, restMs, when] of lines) {
    const { times, tracedTimes, cpu, ours } = await firstDialogs(variant, restMs);
    const all = (xs: number[]) => xs.map((t) => t.toFixed(1)).join(' ');
    const wall = summarize(times);
    recordBench({
      name: `composer: first dialog, ${label} page (person's own click, composer.js fetched at the approach), ${where}`,
      value: round(wall.median), unit: 'ms', budget: 16,
      detail: `median of ${times.length} fresh pages (p95 ${round(wall.p95)} ms, all ${all(times)}); ${when}; pointer onto Connect, press, click 100 ms later; click's time stamp → composer laid out; no trace recording (on the ${tracedTimes.length} traced pages of the CPU lines: median ${round(summarize(tracedTimes).median)} ms)`,
    });
    const thread = summarize(cpu);
    recordBench({
      name: `composer: first dialog, ${label} page, main-thread CPU click → composer painted, ${where}`,
      value: round(thread.median), unit: 'ms',
      detail: `median of ${cpu.length} traces (p95 ${round(thread.p95)} ms, all ${all(cpu)}); thread time of every task from the click's to the first paint after the composer showed, LinkedIn's own included`,
    });
    recordBench({
      name: `composer: first dialog, ${label} page, main-thread CPU in Rapport's scripts, ${where}`,
      value: round(summarize(ours).median), unit: 'ms',
      detail: `median of ${ours.length} traces (all ${all(ours)}); of the line above, the calls into content.js and composer.js (their own layouts and styles are in the frame)`,
    });
  }
}, 480_000);
