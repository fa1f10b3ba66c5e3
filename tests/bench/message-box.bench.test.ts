// How fast the message composer is there when LinkedIn's message box appears, and how fast its
// word/character count follows typing, in Chromium with the built extension on the simulator's
// overlay bubble (era C: the app's #msg-overlay; era D: the interop shadow root). Timed inside the
// page, in the content script's isolated world, as tests/bench/composer.bench.test.ts does.
// Records numbers only; asserts only that the composer appeared and counted right.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { evaluateInContentScript, launchExtension, type Extension } from '../e2e/harness';
import { simPage, simPages } from '../fixtures/sim/pages';
import { recordBench, summarize } from './record';

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
  shown: number[];
  /** A keystroke as the editor delivers it (its text changed, then `input`) → the count shows it. */
  keystroke: number[];
  /** The same, plus Chromium's own editing of the contenteditable (execCommand, as typing does). */
  typed: number[];
  wrongCounts: number;
}

/** Runs in the page: opens the bubble OPENINGS times, then types KEYSTROKES characters. */
function measureInPage([openings, keystrokes]: [number, number]): Promise<Timings> {
  const outlet = () => document.getElementById('interop-outlet')?.shadowRoot ?? null;
  const bubble = () => document.querySelector('.sim-bubble') ?? outlet()?.querySelector('.sim-bubble') ?? null;
  const dom = (globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(el: Element): ShadowRoot | null } } }).chrome.dom;
  const composerRoot = () => {
    for (const el of bubble()?.querySelectorAll('div') ?? []) {
      const root = el.attributes.length === 0 ? dom.openOrClosedShadowRoot(el) : null;
      if (root?.querySelector('[data-part="composer"]')) return root;
    }
    return null;
  };
  const part = (name: string) => composerRoot()?.querySelector(`[data-part="${name}"]`) ?? null;
  const nextTask = () => new Promise((r) => setTimeout(r, 0));
  const until = async (ready: () => boolean, start: number) => {
    await Promise.resolve();
    for (let i = 0; !ready() && i < 500; i++) await nextTask();
    if (!ready()) throw new Error('the composer did not appear');
    return performance.now() - start;
  };
  return (async () => {
    const t: Timings = { shown: [], keystroke: [], typed: [], wrongCounts: 0 };
    const message = document.querySelector<HTMLElement>('main a[href^="/messaging/compose/"], main button[aria-label^="Message "]')!;
    for (let i = 0; i < openings; i++) {
      message.click(); // LinkedIn (the simulator) draws the bubble synchronously
      t.shown.push(await until(() => !!part('composer') && !!part('counter'), performance.now()));
      if (i < openings - 1) {
        (bubble()!.querySelector('[data-sim-close]') as HTMLElement).click();
        await nextTask();
      }
    }
    const editor = bubble()!.querySelector<HTMLElement>('[contenteditable="true"]')!;
    editor.focus();
    for (let i = 0; i < keystrokes; i++) {
      const start = performance.now();
      document.execCommand('insertText', false, 'x'); // Chromium edits, then fires the input event
      const shown = part('counter')?.textContent;
      t.typed.push(performance.now() - start);
      if (!shown?.endsWith(` ${i + 1}/3000`)) t.wrongCounts++;
      await nextTask();
    }
    // The editor's text as typing leaves it (its last text node one character longer), then the
    // input event the editor fires: what follows is LinkedIn's handler and Rapport's count, the
    // same span the note composer's bench times from its box's input event.
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    let text: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) text = node as Text;
    for (let i = 0; i < keystrokes; i++) {
      const start = performance.now();
      text!.data += 'x';
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'x' }));
      const shown = part('counter')?.textContent;
      t.keystroke.push(performance.now() - start);
      if (!shown?.endsWith(` ${keystrokes + i + 1}/3000`)) t.wrongCounts++;
      await nextTask();
    }
    return t;
  })();
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

test.each(['profile-2024', 'profile-2026'] as const)('message composer timings, %s overlay', async (name) => {
  const url = simPages[name].url;
  ext.serveLinkedIn(url, { html: simPage(name) });
  const page = await ext.context.newPage();
  await page.goto(url);
  // The person is at the page: Rapport's watch is up (src/content/first-sign.ts).
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300);
  const t = (await evaluateInContentScript(
    page, ext.extensionId, `(() => { const __name = (f) => f; return (${measureInPage.toString()})([${OPENINGS}, ${KEYSTROKES}]); })()`, 120_000,
  )) as Timings;
  await page.close();
  expect(t.shown).toHaveLength(OPENINGS);
  expect(t.wrongCounts).toBe(0);

  const where = name === 'profile-2024' ? 'era C overlay' : 'era D shadow root';
  recordBench({
    name: `message composer: first box on a page (incl. injecting composer.js), ${where}`, value: round(t.shown[0]!), unit: 'ms',
    detail: 'once per page load; later boxes reuse the injected code',
  });
  const shown = summarize(t.shown.slice(1));
  recordBench({ name: `message composer: message box appears → composer shown, ${where}, median`, value: round(shown.median), unit: 'ms', budget: 16, detail: `${OPENINGS - 1} openings` });
  recordBench({ name: `message composer: message box appears → composer shown, ${where}, p95`, value: round(shown.p95), unit: 'ms', budget: 16, detail: `${OPENINGS - 1} openings` });
  const keys = summarize(t.keystroke);
  recordBench({
    name: `message composer: keystroke → count, ${where}`, value: round(keys.median), unit: 'ms', budget: 1,
    detail: `median of ${KEYSTROKES}; p95 ${round(keys.p95)} ms; from the editor's input event, incl. LinkedIn's own input handler (as the note composer's line)`,
  });
  const typed = summarize(t.typed);
  recordBench({
    name: `message composer: typed key incl. Chromium's editing → count, ${where}`, value: round(typed.median), unit: 'ms',
    detail: `median of ${KEYSTROKES}; p95 ${round(typed.p95)} ms; execCommand('insertText'): the browser's own editing of the box, then the same`,
  });
});
