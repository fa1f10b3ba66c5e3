// What Rapport costs a LinkedIn page: the same page appends 20,000 nodes in 2,000 batches
// (each batch a separate task, so the content script's observer runs 2,000 times), in one
// Chromium with the extension and one without, in the same run; plus the script's gzip size.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { distDir, launchChromium } from '../e2e/harness';
import { recordBench, summarize } from './record';

const URL_ = 'https://www.linkedin.com/in/bench-person/';
const PAGE = '<!doctype html><html><head><title>bench</title></head><body><main id="m"></main></body></html>';

async function appendTimes(context: BrowserContext, runs: number): Promise<number[]> {
  await context.route('**/*', (route) =>
    route.request().url().startsWith('https://www.linkedin.com/')
      ? route.fulfill({ contentType: 'text/html', body: PAGE })
      : route.continue(),
  );
  const page = await context.newPage();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(URL_);
    await page.waitForTimeout(200);
    times.push(
      await page.evaluate(async () => {
        const main = document.getElementById('m')!;
        const channel = new MessageChannel();
        const nextTask = () => new Promise<void>((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
        const start = performance.now();
        for (let batch = 0; batch < 2000; batch++) {
          for (let i = 0; i < 10; i++) main.append(Object.assign(document.createElement('div'), { textContent: `row ${batch}.${i}` }));
          await nextTask();
        }
        return performance.now() - start;
      }),
    );
  }
  return times;
}

async function measure(extension: boolean): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  const context = await launchChromium(dir, { extension });
  try {
    return summarize(await appendTimes(context, 7)).median;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('page overhead of the content script while a page appends 20,000 nodes', async () => {
  const without = await measure(false);
  const withExt = await measure(true);
  expect(without).toBeGreaterThan(0);
  recordBench({ name: 'page: 20k appended nodes, without Rapport', value: without, unit: 'ms' });
  recordBench({ name: 'page: 20k appended nodes, with Rapport', value: withExt, unit: 'ms' });
  recordBench({
    name: 'page: overhead ratio with/without', value: withExt / without, unit: '×',
    detail: 'median of 7 runs each, same run',
  });
});

test('content-script payload', () => {
  const script = readFileSync(join(distDir, 'content.js'));
  recordBench({
    name: 'content script payload (gzip)', value: gzipSync(script, { level: 9 }).length / 1024, unit: 'KB',
    budget: 15, detail: `${(script.length / 1024).toFixed(1)} KB raw; on every LinkedIn page`,
  });
  const composer = readFileSync(join(distDir, 'composer.js'));
  recordBench({
    name: 'composer payload (gzip), injected on first need', value: gzipSync(composer, { level: 9 }).length / 1024, unit: 'KB',
    detail: `${(composer.length / 1024).toFixed(1)} KB raw; only in a tab where an invite dialog opened`,
  });
});
