// What the page-cost benches do to a page and read from it, in one place: the person coming to the
// page (Rapport's watch goes up at their first sign), and the main thread's CPU time so far.
import type { CDPSession, Page } from 'playwright-core';

/** The sides of a paired page-cost measurement: without Rapport, its A/A control, with Rapport. */
export type Side = 'without' | 'control' | 'with';
export const SIDES: readonly Side[] = ['without', 'control', 'with'];
export const perSide = <T>(make: () => T): Record<Side, T> => ({ without: make(), control: make(), with: make() });

/** Opens `url` and moves the person's pointer over it, then waits `settleMs` (Rapport's idle setup at the first sign). */
export async function visit(page: Page, url: string, settleMs: number): Promise<void> {
  await page.goto(url);
  await page.mouse.move(20, 20);
  await page.waitForTimeout(settleMs);
}

/** The main thread's CPU time so far (ms; Performance enabled in thread ticks) in tasks or in script, the page's and the content script's. */
export async function threadMs(cdp: CDPSession, metric: 'TaskDuration' | 'ScriptDuration'): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === metric)?.value ?? NaN) * 1000;
}
