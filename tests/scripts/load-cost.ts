// `npx tsx tests/scripts/load-cost.ts [runs] <dist dir>...`: page-cost bench (c)'s measure for
// several builds at once — the main thread's script time (CDP ScriptDuration, CPU time) when the
// largest saved profile page loads in a fresh tab, without the extension and with each build,
// interleaved round by round (the order rotating), so that a busy machine hits every side alike.
// Prints each build's median added time (per round: with minus without) and its quartiles, the
// same for all the main thread's tasks (TaskDuration: compiling, style, layout), and the first rounds.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 15;
const projectRoot = resolve(import.meta.dirname, '../..');
const URL = 'https://www.linkedin.com/in/bench-real/';
const CPU_TIME = { timeDomain: 'threadTicks' } as const;

async function open(dist: string | null): Promise<{ name: string; context: BrowserContext; dir: string }> {
  // harness.ts reads RAPPORT_DIST when it is imported: a fresh import per build.
  process.env.RAPPORT_DIST = dist ? relative(projectRoot, resolve(dist)) : '';
  const harness = (await import(`../e2e/harness.ts?dist=${encodeURIComponent(dist ?? '')}`)) as typeof import('../e2e/harness');
  const real = readFileSync(join(harness.fixturesDir, 'linkedin/2024-connect-primary-free-viewer.html'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'rapport-load-cost-'));
  const context = await harness.launchChromium(dir, { extension: dist !== null });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === URL) return route.fulfill({ contentType: 'text/html', body: real });
    return url.startsWith('chrome-extension://') ? route.continue() : route.abort();
  });
  if (dist && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  return { name: dist ?? 'without', context, dir };
}

const sides = [await open(null)];
for (const dist of args) sides.push(await open(dist));
const script = sides.map(() => [] as number[]);
const task = sides.map(() => [] as number[]);
for (let run = 0; run < runs; run++) {
  for (let k = 0; k < sides.length; k++) {
    const i = (k + run) % sides.length;
    const page = await sides[i]!.context.newPage();
    const cdp = await sides[i]!.context.newCDPSession(page);
    await cdp.send('Performance.enable', CPU_TIME);
    await page.goto(URL, { waitUntil: 'load' });
    await page.waitForTimeout(600);
    const { metrics } = await cdp.send('Performance.getMetrics');
    script[i]!.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000);
    task[i]!.push((metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000);
    await page.close();
  }
}
for (const side of sides) {
  await side.context.close();
  rmSync(side.dir, { recursive: true, force: true });
}
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)] ?? NaN;
console.log(`ScriptDuration at load, ${runs} rounds; added = with minus without, per round`);
console.log(`without: median ${quantile(script[0]!, 0.5).toFixed(1)} ms`);
for (let i = 1; i < sides.length; i++) {
  const added = script[i]!.map((w, k) => w - script[0]![k]!);
  const tasks = task[i]!.map((w, k) => w - task[0]![k]!);
  console.log(`${sides[i]!.name}: all main-thread tasks (TaskDuration) added median ${quantile(tasks, 0.5).toFixed(1)} ms (quartiles ${quantile(tasks, 0.25).toFixed(1)}–${quantile(tasks, 0.75).toFixed(1)})`);
  console.log(`${sides[i]!.name}: first rounds' script added ${added.slice(0, 3).map((x) => x.toFixed(1)).join(', ')} ms`);
  console.log(`${sides[i]!.name}: added median ${quantile(added, 0.5).toFixed(1)} ms (quartiles ${quantile(added, 0.25).toFixed(1)}–${quantile(added, 0.75).toFixed(1)}); ScriptDuration median ${quantile(script[i]!, 0.5).toFixed(1)} ms`);
}
