// The page's main-thread CPU time over one interaction, from a Chromium trace: what a wall clock
// cannot tell on a busy 2-core machine, where other processes take the CPU mid-task. Counts the
// thread time (not the wall time) of each task the renderer's main thread ran from the task that
// dispatched the person's click up to and including the first frame painted after `mark`
// (console.timeStamp(mark), issued where the result is seen): the dialog's task, timers in
// between, and the frame that paints it.
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { data?: { type?: string; message?: string; url?: string } } }

const CATEGORIES = 'toplevel,devtools.timeline,blink.console,disabled-by-default-devtools.timeline';
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

export interface ClickToPaint {
  /** Ms of main-thread CPU from the click's task to the first paint after the mark. */
  all: number;
  /** Of which in the extension's own scripts (content.js, composer.js: their calls, not the layout they cause later). */
  extension: number;
}

export interface MainThreadTrace {
  /** From the click's task to the first paint after `mark`; null if the trace lacks either. */
  stop(mark: string): Promise<ClickToPaint | null>;
}

export async function traceMainThread(page: Page): Promise<MainThreadTrace> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async stop(mark) {
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return clickToPaintMs(events, mark);
    },
  };
}

export function clickToPaintMs(events: TraceEvent[], mark: string): ClickToPaint | null {
  const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  if (!click) return null;
  const thread = events.filter((e) => e.pid === click.pid && e.tid === click.tid);
  const shown = thread.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === mark);
  if (!shown) return null;
  const within = (outer: TraceEvent, e: TraceEvent) => e.ts >= outer.ts && e.ts <= outer.ts + (outer.dur ?? 0);
  const candidates = thread.filter((e) => e.ph === 'X' && TASKS.has(e.name));
  const tasks = candidates.filter((e) => !candidates.some((o) => o !== e && within(o, e) && (o.dur ?? 0) > (e.dur ?? 0))).sort((a, b) => a.ts - b.ts);
  const first = tasks.find((t) => within(t, click));
  const paints = thread.filter((e) => e.name === 'Paint' && e.ts >= shown.ts);
  const last = tasks.find((t) => paints.some((p) => within(t, p)));
  if (!first || !last) return null;
  const end = last.ts + (last.dur ?? 0);
  const cpuMs = (list: TraceEvent[]) => list.reduce((sum, t) => sum + (t.tdur ?? t.dur ?? 0), 0) / 1000;
  const calls = thread.filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && e.ts >= first.ts && e.ts <= end && e.args?.data?.url?.startsWith('chrome-extension://'));
  const outermost = calls.filter((e) => !calls.some((o) => o !== e && within(o, e) && (o.dur ?? 0) > (e.dur ?? 0)));
  return { all: cpuMs(tasks.filter((t) => t.ts >= first.ts && t.ts <= last.ts)), extension: cpuMs(outermost) };
}
