// `npx tsx tests/scripts/load-profile.ts [dist dir] [runs]`: where the content script's time goes
// when the largest saved profile page loads (page-cost bench (c)). Each run loads the page in a
// fresh tab of a Chromium with the extension, with a DevTools trace (compile, evaluation, function
// calls, style and layout the script forced) and a sampling profile at 100 µs of the same load,
// then prints medians over the runs: the trace's events that belong to the extension, and the
// profile's self time per function of content.js.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const [distArg, runsArg, namesArg] = process.argv.slice(2);
const projectRoot = resolve(import.meta.dirname, '../..');
const distIn = resolve(distArg ?? join(projectRoot, 'dist'));
// `names`: content.js rebuilt unminified (function names readable; compile time then differs).
const named = namesArg === 'names' ? mkdtempSync(join(tmpdir(), 'rapport-load-named-')) : null;
if (named) {
  cpSync(distIn, named, { recursive: true });
  await build({
    configFile: false, logLevel: 'warn', define: { __RAPPORT_TEST_HOOKS__: 'false' },
    build: {
      outDir: named, emptyOutDir: false, minify: false,
      lib: { entry: join(projectRoot, 'src/content/index.ts'), formats: ['iife'], name: 'rapport', fileName: () => 'content.js' },
      rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]linkedin[\\/]/.test(id) } },
    },
  });
}
process.env.RAPPORT_DIST = relative(projectRoot, named ?? distIn);
const { fixturesDir, launchChromium } = await import('../e2e/harness');

const RUNS = Number(runsArg ?? 9);
const URL = 'https://www.linkedin.com/in/bench-real/';
const BLANK = 'https://www.linkedin.com/rapport-blank';
const REAL = readFileSync(join(fixturesDir, 'linkedin/2024-connect-primary-free-viewer.html'), 'utf8');

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: Record<string, unknown> } & Record<string, unknown> }
interface ProfileNode { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }

const dir = mkdtempSync(join(tmpdir(), 'rapport-load-profile-'));
const context = await launchChromium(dir, { extension: true });
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url === URL) return route.fulfill({ contentType: 'text/html', body: REAL });
  if (url === BLANK) return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' });
  return url.startsWith('chrome-extension://') ? route.continue() : route.abort();
});
if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');

const traceTotals: Record<string, number[]> = {};
const selfTotals: Record<string, number[]> = {};
const inclusive: Record<string, number[]> = {};
const push = (into: Record<string, number[]>, key: string, run: number, ms: number) => {
  const list = (into[key] ??= []);
  while (list.length <= run) list.push(0);
  list[run]! += ms;
};

for (let run = 0; run < RUNS; run++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // A same-site document first, so the load below stays in this renderer (and this session).
  await page.goto(BLANK);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'disabled-by-default-devtools.timeline', 'extensions'] },
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(URL, { waitUntil: 'load' });
  await page.waitForTimeout(600);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  await cdp.send('Tracing.end');
  await done;
  await page.close();

  // Trace: complete events of the renderer thread that ran content.js, naming the extension,
  // and the style/layout/compile/GC events inside them (what our reads forced).
  const first = events.find((e) => e.ph === 'X' && JSON.stringify(e.args ?? {}).includes('chrome-extension://'));
  const onMain = events.filter((e) => first && e.pid === first.pid && e.tid === first.tid && e.ph === 'X' && e.dur !== undefined);
  const ours = onMain.filter((e) => JSON.stringify(e.args ?? {}).includes('chrome-extension://'));
  const outer = ours.filter((e) => !ours.some((o) => o !== e && o.ts <= e.ts && e.ts + e.dur! <= o.ts + o.dur!));
  for (const e of ours) push(traceTotals, `${e.name}`, run, e.dur! / 1000);
  for (const e of outer) push(traceTotals, '= all outermost extension events', run, e.dur! / 1000);
  if (run === RUNS - 1) {
    console.log('Last load: the extension\'s outermost events (ms after the first; duration ms)');
    for (const e of outer) console.log(`  +${((e.ts - outer[0]!.ts) / 1000).toFixed(1).padStart(7)}  ${(e.dur! / 1000).toFixed(2).padStart(6)}  ${e.name} ${JSON.stringify(e.args?.data ?? {}).replace(/"url":"[^"]*",?/, '').slice(0, 140)}`);
  }
  for (const e of onMain) {
    if (ours.includes(e)) continue;
    if (outer.some((o) => o.ts <= e.ts && e.ts + e.dur! <= o.ts + o.dur!)) push(traceTotals, `  inside ours: ${e.name}`, run, e.dur! / 1000);
  }

  // Profile: self and inclusive time per content.js function (sampled), and the total of samples
  // with a content.js frame anywhere on the stack.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
  const keyOf = (n: ProfileNode) => {
    const { url, functionName, lineNumber } = n.callFrame;
    if (url.startsWith('chrome-extension://')) return `${functionName || '(anonymous)'}:${lineNumber + 1}`;
    return !url && functionName ? `[native] ${functionName}` : null;
  };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id)!;
    const stack: ProfileNode[] = [];
    for (let n: ProfileNode | undefined = leaf; n; n = n.parent === undefined ? undefined : byId.get(n.parent)) stack.push(n);
    if (!stack.some((n) => n.callFrame.url.startsWith('chrome-extension://'))) return;
    push(selfTotals, '= total (a content.js frame on the stack)', run, ms);
    const caller = stack.find((n) => n.callFrame.url.startsWith('chrome-extension://'));
    const self = leaf === caller ? keyOf(leaf)! : `${keyOf(leaf) ?? leaf.callFrame.functionName} ← ${caller ? keyOf(caller) : '?'}`;
    push(selfTotals, `self ${self}`, run, ms);
    for (const key of new Set(stack.map(keyOf).filter((k): k is string => !!k && !k.startsWith('[native]')))) push(inclusive, key, run, ms);
  });
}
await context.close();
rmSync(dir, { recursive: true, force: true });

const med = (xs: number[]) => {
  const s = [...xs, ...Array(Math.max(0, RUNS - xs.length)).fill(0)].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const show = (title: string, totals: Record<string, number[]>, limit: number) => {
  console.log(`\n${title} (median of ${RUNS} loads, ms; min–max)`);
  const rows = Object.entries(totals).map(([k, v]) => [k, med(v), Math.min(...v), Math.max(...v)] as const).sort((a, b) => b[1] - a[1]);
  for (const [k, m, lo, hi] of rows.slice(0, limit)) console.log(`${m.toFixed(2).padStart(7)}  (${lo.toFixed(2)}–${hi.toFixed(2)})  ${k}`);
};
show('Trace events naming the extension, and style/layout/compile inside them', traceTotals, 30);
show('Sampled self time (100 µs) under content.js', selfTotals, 40);
show('Sampled inclusive time per content.js function', inclusive, 50);
if (named) rmSync(named, { recursive: true, force: true });
