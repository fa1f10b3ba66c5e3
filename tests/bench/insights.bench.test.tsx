// Insights for 10,000 invitations: (1) computed and drawn — computeInsights() and the whole view
// (six SVG charts and their tables) rendered by Preact into a DOM — timed in Node with happy-dom;
// (2) in real Chromium with the built extension, the options page opened at #insights until the
// charts are on screen, which adds reading the 10,000 from the background (ten requests).
// Records numbers only; asserts only that the work was really done.
import { render } from 'preact';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { expect, test, vi } from 'vitest';
import { computeInsights, localTimeZone } from '../../src/core/insights';
import type { Invitation } from '../../src/core/schemas';
import { InsightsView } from '../../src/options/insights/InsightsView';
import { launchExtension } from '../e2e/harness';
import { insightBackup, insightInvitations, insightTemplates } from '../e2e/insights-backup';
import { recordBench, summarize } from './record';

const COUNT = 10_000;
const RUNS = 10;
const en = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

test('Insights for 10,000 invitations: computed and drawn', () => {
  vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => en[key]?.message ?? '', getUILanguage: () => 'en' } });
  // 300 per copy with distinct people and notes: 34 copies, cut to 10,000.
  const invitations = insightInvitations(new Date(), 34).slice(0, COUNT) as unknown as Invitation[];
  const templates = insightTemplates.map((tpl) => ({ ...tpl, kind: 'invitation' as const }));
  const root = document.createElement('div');
  document.body.append(root);
  const computeTimes: number[] = [];
  const totalTimes: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    render(null, root);
    // CPU time too: on this shared 2-core machine the wall clock also counts other processes' turns.
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const insights = computeInsights({
      invitations, templateIds: templates.map((tpl) => tpl.id), settings: { insightsMinAgeDays: 21, weeklyInviteBudget: 20 },
      nowMs: Date.now(), timeZone: localTimeZone(),
    });
    const computed = performance.now();
    render(<InsightsView insights={insights} templates={templates} />, root);
    const drawn = performance.now();
    const cpu = process.cpuUsage(cpuStart);
    expect(insights.total).toBe(COUNT);
    if (run === 0) continue; // the first run warms the JIT
    computeTimes.push(computed - start);
    totalTimes.push(drawn - start);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  expect(root.querySelectorAll('svg[data-rapport="insight-chart"]')).toHaveLength(6);
  const total = summarize(totalTimes);
  const compute = summarize(computeTimes);
  const cpu = summarize(cpuTimes);
  recordBench({
    name: 'insights: 10,000 invitations computed and drawn', value: total.median, unit: 'ms', budget: 150,
    detail: `computeInsights + Preact render of 6 charts and tables (happy-dom); median of ${RUNS} (p95 ${total.p95.toFixed(0)} ms); computing alone ${compute.median.toFixed(1)} ms; CPU time ${cpu.median.toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
  });
  render(null, root);
  vi.unstubAllGlobals();
});

async function openedMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('svg[data-rapport="insight-chart"]').length === 6, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    // The charts are drawn in the same render; the next frame is when they are on screen.
    return new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())));
  });
}

test('Insights section opened in Chromium with 10,000 invitations', async () => {
  const ext = await launchExtension();
  try {
    const seeder = await ext.openExtensionPage('src/options/index.html#backup');
    const text = insightBackup(new Date(), 34);
    const reply = await seeder.evaluate((backup) => chrome.runtime.sendMessage({ type: 'backup.import', text: backup, mode: 'replace' }), text);
    expect(reply).toMatchObject({ ok: true });
    const url = seeder.url().replace('#backup', '#insights');
    await seeder.close();
    const page = await ext.openExtensionPage('src/options/index.html#insights');
    await page.setViewportSize({ width: 1100, height: 900 });
    const times: number[] = [];
    for (let run = 0; run < 6; run++) times.push(await openedMs(page, url));
    const [first, ...warm] = times;
    const { median, p95 } = summarize(warm);
    recordBench({
      name: 'insights: section open in Chromium, 10,200 invitations', value: median, unit: 'ms',
      detail: `navigation start → 6 charts on screen, reading every invitation from the background included; median of ${warm.length} reloads (p95 ${p95.toFixed(0)} ms, first open ${first!.toFixed(0)} ms)`,
    });
  } finally {
    await ext.close();
  }
});
