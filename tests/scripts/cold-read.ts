// `npx tsx tests/scripts/cold-read.ts [runs] [fixture]`: readProfile's first call on a page — the
// call the content script makes once per page load, with none of its code compiled or warmed up
// yet (page-cost bench (c)); reader*.bench.test.ts measure warm calls. Builds src/linkedin/ as
// the content script bundles it, loads the saved page (its own scripts left out) in a fresh tab
// per run, evaluates the reader (a unique comment per run defeats V8's compilation cache), and
// measures its evaluation (wall time, in the page) and the first and second readProfile (CPU time
// of the main thread, CDP ScriptDuration, each in a task of its own, minus that of an empty one).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import type { CDPSession } from 'playwright-core';
import { fixturesDir, launchChromium, projectRoot } from '../e2e/harness';

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 30;
// `profile`: a sampling profile (50 µs) of each first call, unminified, self time per function.
const profiling = args[0] === 'profile' ? !!args.shift() : false;
const fixture = args[0] ?? 'linkedin/2024-connect-primary-free-viewer.html';
const URL = 'https://www.linkedin.com/in/bench-real/';

const output = (await build({
  configFile: false, logLevel: 'silent', define: { __RAPPORT_TEST_HOOKS__: 'false' },
  build: {
    write: false, minify: !profiling,
    lib: { entry: join(projectRoot, 'src/linkedin/index.ts'), formats: ['iife'], name: '__coldReader' },
    rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]linkedin[\\/]/.test(id) } },
  },
})) as Rolldown.RolldownOutput[];
const reader = output[0]!.output[0].code;
const html = readFileSync(join(fixturesDir, fixture), 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');

const dir = mkdtempSync(join(tmpdir(), 'rapport-cold-read-'));
const context = await launchChromium(dir, { extension: false, args: process.env.CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? [] });
await context.route('**/*', (route) => (route.request().url() === URL ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort()));

interface Profile { nodes: Array<{ id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples: number[]; timeDeltas: number[] }
const selfMs = new Map<string, number>();
function addProfile(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((id, i) => {
    // Only samples with a reader frame on the stack; natives are named with their reader caller.
    let caller = byId.get(id);
    while (caller && caller.callFrame.url !== 'reader.js') caller = byId.get(parent.get(caller.id) ?? -1);
    if (!caller) return;
    const leaf = byId.get(id)!;
    const name = (n: typeof leaf) => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url === 'reader.js' ? `:${n.callFrame.lineNumber + 1}` : ''}`;
    const key = leaf === caller ? name(leaf) : `${name(leaf)} ← ${name(caller)}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000 / runs);
  });
}
type Reader = { __coldReader: { readProfile(d: Document, u: string): { fullName: string | null } } };
function metricsOf(cdp: CDPSession) {
  return {
    enable: () => cdp.send('Performance.enable', { timeDomain: 'threadTicks' }),
    script: async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000,
  };
}
/** In the page: a read (or nothing) in a task of its own, as a content script's timer runs it (the metric counts tasks). */
function inTask(read: boolean): Promise<string | null> {
  return new Promise((resolve) => setTimeout(() => {
    const name = read ? (globalThis as unknown as Reader).__coldReader.readProfile(document, location.href).fullName : null;
    setTimeout(() => resolve(name), 0);
  }, 0));
}
type Sample = { evaluate: number; first: number; second: number; name: string | null };
const samples: Sample[] = [];
for (let run = 0; run < runs; run++) {
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForTimeout(100);
  const cdp = await context.newCDPSession(page);
  await page.addScriptTag({ content: `globalThis.__t0 = performance.now();\n${reader}\nglobalThis.__t1 = performance.now(); // run ${run} ${Date.now()}\n//# sourceURL=reader.js` });
  // CPU time of the main thread (CDP ScriptDuration in thread ticks): a busy machine stretches
  // wall time, not this. Each step is one evaluate; an empty one measures the evaluate itself.
  const metrics = metricsOf(cdp ?? (await context.newCDPSession(page)));
  await metrics.enable();
  const t0 = await metrics.script();
  await page.evaluate(inTask, false);
  const t1 = await metrics.script();
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  const name = await page.evaluate(inTask, true);
  const t2 = await metrics.script();
  if (profiling) addProfile(((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile);
  await page.evaluate(inTask, true);
  const t3 = await metrics.script();
  const evaluate = await page.evaluate(() => (globalThis as unknown as { __t1: number; __t0: number }).__t1 - (globalThis as unknown as { __t0: number }).__t0);
  samples.push({ evaluate, first: t2 - t1 - (t1 - t0), second: t3 - t2 - (t1 - t0), name });
  await page.close();
}
await context.close();
rmSync(dir, { recursive: true, force: true });

const q = (xs: number[], p: number) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) * p)] ?? NaN;
const line = (label: string, xs: number[]) => console.log(`${label.padEnd(22)} median ${q(xs, 0.5).toFixed(2)} ms (quartiles ${q(xs, 0.25).toFixed(2)}–${q(xs, 0.75).toFixed(2)}, min ${q(xs, 0).toFixed(2)})`);
console.log(`${fixture}: ${runs} fresh tabs; reader ${(reader.length / 1024).toFixed(1)} KB minified; name read: ${samples[0]?.name}`);
line('reader evaluation (wall)', samples.map((s) => s.evaluate));
line('first readProfile', samples.map((s) => s.first));
line('second readProfile', samples.map((s) => s.second));
if (profiling) {
  console.log('self time in the first call (sampled at 50 µs, mean over runs, unminified)');
  for (const [k, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${ms.toFixed(3).padStart(7)}  ${k}`);
}
