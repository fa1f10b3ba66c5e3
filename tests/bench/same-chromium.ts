// The page-cost bench's budgeted ratios: Rapport's content script on and off in one Chromium, one
// tab. The same page is served from www.linkedin.com, where Rapport's content script runs, and
// from linkedin.com, the same site, which Rapport's manifest does not match, interleaved run by run
// with the order turning.
//
// Why not two Chromiums: a Chromium's speed at this work seems to be set, to a large part, when it
// is launched. Two Chromiums without Rapport, launched one after the other, differed by up to a
// quarter on the same undrawn work (throwaway runs, December 2026; the A/A lines of the drawn work
// read up to 7%), so a ratio across two browsers cannot show a 2% budget either way. In one
// tab the one thing that differs between the sides is whether Rapport's content script is in the
// page.
//
// Why undrawn: during the measured work the page's root is display:none on every side. Rapport adds
// nothing to the page's DOM or style sheets (its composer is not on these pages), so drawing adds
// the same time to both sides, and drawing is what varies run to run (the frames drawn follow the
// wall time a busy machine stretches). Without it, anything Rapport costs is a larger share of a
// smaller whole: the ratio is a stricter test, not a looser one.
import { expect } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { formatPaired, interleave, summarizePairs } from './paired';
import { recordBench } from './record';
import { perSide, SIDES, threadMs, visit, type Side } from './page-visit';

/** The same address on linkedin.com: the same site, a host Rapport's content script does not match. */
const bareHost = (url: string) => url.replace('https://www.linkedin.com/', 'https://linkedin.com/');

/** The address each side loads: with Rapport's content script, without it, and without it at a second address (the A/A control). */
const addresses = (url: string): Record<Side, string> => ({ with: url, without: bareHost(url), control: `${bareHost(url)}?again` });

/**
 * Whether Rapport's content script ran in the page at `url` once the person is there: its entry
 * point is on its isolated world's global. (On linkedin.com the frame still holds an empty
 * isolated world of Rapport's after a www.linkedin.com page, as Blink carries a frame's worlds over
 * to its next document; no Rapport code runs in it.)
 */
async function contentScriptRuns(page: Page, cdp: CDPSession, url: string, settleMs: number): Promise<boolean> {
  await visit(page, url, settleMs);
  // Runtime.enable reports every execution context the page holds now, before it answers.
  const worlds: number[] = [];
  const onContext = ({ context }: { context: { id: number; origin: string; auxData?: { type?: string } } }) => {
    if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) worlds.push(context.id);
  };
  cdp.on('Runtime.executionContextCreated', onContext);
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', onContext);
  try {
    for (const contextId of worlds) {
      const { result } = await cdp.send('Runtime.evaluate', { contextId, expression: "typeof globalThis.__rapportObserve === 'function'" });
      if (result.value === true) return true;
    }
    return false;
  } finally {
    await cdp.send('Runtime.disable');
  }
}

/**
 * The page's elements and style sheets (what drawing depends on), then the page stops drawing (its
 * root display:none) and one frame passes, so the style change's own work falls outside the measurement.
 */
const stopDrawing = (page: Page) => page.evaluate(() => new Promise<string>((resolve) => {
  const shape = `${document.querySelectorAll('*').length} elements, ${document.styleSheets.length + document.adoptedStyleSheets.length} style sheets`;
  document.documentElement.style.display = 'none';
  requestAnimationFrame(() => setTimeout(() => resolve(shape), 0));
}));

/**
 * `work` on the page at `url` (a www.linkedin.com address, served on both hosts by the caller's
 * route) with and without Rapport's content script, in the one tab behind `page` and `cdp`
 * (Performance enabled in thread ticks). Records the ratio with its A/A control under `name`.
 */
export async function recordSameChromiumCost(
  name: string, budget: number, runs: number, { page, cdp }: { page: Page; cdp: CDPSession },
  url: string, settleMs: number, work: (page: Page) => Promise<unknown>,
): Promise<void> {
  const at = addresses(url);
  // Proof the sides differ as they should: Rapport's content script is in the page on www.linkedin.com, not on linkedin.com.
  expect(await contentScriptRuns(page, cdp, at.with, settleMs)).toBe(true);
  expect(await contentScriptRuns(page, cdp, at.without, settleMs)).toBe(false);

  const cost = perSide<number[]>(() => []);
  const shapes = perSide(() => new Set<string>());
  await interleave(runs, SIDES, async (side) => {
    await visit(page, at[side], settleMs); // the person is at the page: Rapport's watch is up
    shapes[side].add(await stopDrawing(page));
    const before = await threadMs(cdp, 'TaskDuration');
    await work(page);
    cost[side].push((await threadMs(cdp, 'TaskDuration')) - before);
  });
  const ratio = summarizePairs(cost.without, cost.with);
  const control = summarizePairs(cost.without, cost.control);
  expect(ratio.without).toBeGreaterThan(0);
  // Proof that leaving drawing out leaves nothing of Rapport's out: the page it draws is the same on every side.
  expect([...shapes.with]).toEqual([...shapes.without]);
  recordBench({
    name: `${name}, ratio with/without Rapport's content script in one Chromium (undrawn)`, value: ratio.ratio, unit: '×', budget,
    detail: `main-thread CPU time ${formatPaired(ratio, 'ms')}; the page's root display:none during the work on every side; A/A control (linkedin.com at a second address, no content script): ${control.ratio.toFixed(3)} (95% CI ${control.low.toFixed(3)}–${control.high.toFixed(3)}); the sides are www.linkedin.com (Rapport's content script in the page, checked) and linkedin.com (the same site, not matched, checked), one tab; the page drawn the same on every side before it stopped drawing (${[...shapes.with].join('; ')})`,
  });
}
