// @vitest-environment node
// The worker's first reply in real Chromium with the built extension and 10,000 invitations:
// the worker is stopped as the browser stops an idle one (CDP ServiceWorker.stopAllWorkers), then
// an extension page asks for the popup's queue (queue.open). The time runs from the ask to the
// answer: the browser starting the worker, background.js evaluated from a cold start (no
// optimized code, an empty heap), the index read from storage, and the answer. The node bench
// (store.bench.test.ts) times the store's part alone; this is what the person waits for.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension } from '../e2e/harness';
import { benchBackup } from './bench-backup';
import { recordBench, summarize } from './record';

const COUNT = 10_000;
const STARTS = 15;

/** Ms from asking for the queue's opening to its answer, in the page. */
const askQueue = (page: Page) =>
  page.evaluate(async () => {
    const start = performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: 'queue.open', limit: 25 })) as { ok: boolean; data?: { summary: { total: number } } };
    return { ms: performance.now() - start, total: reply.data?.summary.total ?? -1 };
  });

test('first reply from a stopped worker, 10,000 invitations', async () => {
  const ext = await launchExtension();
  try {
    // manifest.json: an extension document that asks the worker nothing by itself.
    const page = await ext.openExtensionPage('manifest.json');
    const reply = await page.evaluate((text) => chrome.runtime.sendMessage({ type: 'backup.import', text, mode: 'replace' }), benchBackup(COUNT, (i) => (i % 5 === 0 ? 'accepted' : 'pending')));
    expect(reply).toMatchObject({ ok: true, data: { invitations: { added: COUNT } } });
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const cold: number[] = [];
    const boot: number[] = [];
    const warm: number[] = [];
    const next: number[] = [];
    const stop = async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(300); // stopped, and the machine quiet again
    };
    for (let start = 0; start < STARTS; start++) {
      // The worker's start alone: a message the router refuses before anything is read.
      await stop();
      boot.push(await page.evaluate(async () => {
        const t = performance.now();
        await chrome.runtime.sendMessage({ type: 'no-such-request' }).catch(() => null);
        return performance.now() - t;
      }));
      await page.waitForTimeout(1500); // its own start-up work (the badge, the full load) done
      await stop();
      const first = await askQueue(page);
      expect(first.total).toBe(COUNT);
      cold.push(first.ms);
      // Asked again at once: the worker checks every record after its first answer (the full
      // load), and what is asked meanwhile waits for it.
      next.push((await askQueue(page)).ms);
      await page.waitForTimeout(1500);
      warm.push((await askQueue(page)).ms);
    }
    await cdp.detach();
    const c = summarize(cold);
    const b = summarize(boot);
    const w = summarize(warm);
    recordBench({
      name: 'store: first reply from a stopped worker in Chromium, 10,000 invitations',
      value: c.median, unit: 'ms',
      detail: `queue.open from an extension page, ask → answer, the worker's start included; median of ${STARTS} stops (p95 ${c.p95.toFixed(1)} ms, all ${cold.map((x) => x.toFixed(0)).join(' ')}); of which the worker's start (a refused message, same stops): median ${b.median.toFixed(1)} ms; the same ask again at once, waiting for the full load: median ${summarize(next).median.toFixed(0)} ms; to the running worker 1.5 s later: median ${w.median.toFixed(1)} ms`,
    });
  } finally {
    await ext.close();
  }
});
