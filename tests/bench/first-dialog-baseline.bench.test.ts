// @vitest-environment node
// What the composer's first-dialog lines (composer.bench.test.ts) are made of: the same pages and
// the same person's click in a Chromium without Rapport, timed the same way (the click event's time
// stamp → LinkedIn's invite dialog in the page and laid out). The composer's line minus this is
// what Rapport adds to the first dialog; this part is the simulated LinkedIn's own (its dialog,
// its focus() and the layout that forces).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchChromium } from '../e2e/harness';
import { simPage, simPages } from '../fixtures/sim/pages';
import { recordBench, summarize } from './record';

const PAGES = 9;

/** In the page: ms from the person's click to the dialog laid out, into a global. */
function timeDialogFromClick(): void {
  const w = window as unknown as { __dialogMs?: number };
  document.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    const start = event.timeStamp;
    const check = () => {
      if (w.__dialogMs !== undefined) return;
      const dialog = document.querySelector('[role="dialog"]') ?? document.getElementById('interop-outlet')?.shadowRoot?.querySelector('[role="dialog"]');
      if (!dialog) return void setTimeout(check, 0);
      dialog.getBoundingClientRect();
      w.__dialogMs = performance.now() - start;
    };
    window.addEventListener('click', () => void Promise.resolve().then(check), { once: true });
    setTimeout(check, 0);
  }, { capture: true, once: true });
}

test.each(['2024', '2026'] as const)('LinkedIn\u2019s first dialog without Rapport, dialog variant %s', async (variant) => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  const context = await launchChromium(dir, { extension: false });
  try {
    const url = simPages['profile-2026'].url;
    const html = simPage('profile-2026', { variant, limit: 200 });
    await context.route('**/*', (route) => (route.request().url() === url ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort()));
    const times: number[] = [];
    for (let run = 0; run < PAGES; run++) {
      const page = await context.newPage();
      await page.addInitScript(timeDialogFromClick);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(150);
      const box = (await page.locator('main [aria-label^="Invite "]').first().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.waitForTimeout(100);
      await page.mouse.up();
      await page.waitForFunction(() => (window as unknown as { __dialogMs?: number }).__dialogMs !== undefined);
      times.push(await page.evaluate(() => (window as unknown as { __dialogMs: number }).__dialogMs));
      await page.close();
    }
    expect(times).toHaveLength(PAGES);
    const { median, p95 } = summarize(times);
    recordBench({
      name: `composer: first dialog, LinkedIn's own dialog without Rapport (what the lines above include), ${variant === '2024' ? '2024 outlet' : '2026 shadow root'}`,
      value: Math.round(median * 1000) / 1000, unit: 'ms',
      detail: `median of ${PAGES} fresh pages in a Chromium without the extension (p95 ${p95.toFixed(1)} ms, all ${times.map((t) => t.toFixed(1)).join(' ')}); rested page; click's time stamp → the simulator's dialog laid out`,
    });
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
