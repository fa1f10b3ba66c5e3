// `npx tsx tests/scripts/cold-read.ts [runs] [fixture]`: readProfile's first call on a page — the
// call the content script makes once per page load, with none of its code compiled or warmed up
// yet (page-cost bench (c)); reader*.bench.test.ts measure warm calls. Builds src/linkedin/ as
// the content script bundles it, loads the saved page (its own scripts left out) in a fresh tab
// per run, evaluates the reader (a unique comment per run defeats V8's compilation cache), and
// times its evaluation, the first readProfile and the second one, in the page.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
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
const context = await launchChromium(dir, { extension: false });
await context.route('**/*', (route) => (route.request().url() === URL ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort()));

interface Profile { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples: number[]; timeDeltas: number[] }
const selfMs = new Map<string, number>();
function addProfile(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)' && !url) return;
    const key = `${functionName || '(anonymous)'}${url ? `:${lineNumber + 1}` : ' [native]'}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000 / runs);
  });
}
type Sample = { evaluate: number; first: number; second: number; name: string | null };
const samples: Sample[] = [];
for (let run = 0; run < runs; run++) {
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForTimeout(100);
  const cdp = profiling ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  await page.addScriptTag({ content: `globalThis.__t0 = performance.now();\n${reader}\nglobalThis.__t1 = performance.now(); // run ${run} ${Date.now()}` });
  samples.push(await page.evaluate(() => {
    const g = globalThis as unknown as { __t0: number; __t1: number; __coldReader: { readProfile(d: Document, u: string): { fullName: string | null } } };
    const a = performance.now();
    const read = g.__coldReader.readProfile(document, location.href);
    const b = performance.now();
    g.__coldReader.readProfile(document, location.href);
    const c = performance.now();
    return { evaluate: g.__t1 - g.__t0, first: b - a, second: c - b, name: read.fullName };
  }));
  if (cdp) addProfile(((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile);
  await page.close();
}
await context.close();
rmSync(dir, { recursive: true, force: true });

const q = (xs: number[], p: number) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) * p)] ?? NaN;
const line = (label: string, xs: number[]) => console.log(`${label.padEnd(22)} median ${q(xs, 0.5).toFixed(2)} ms (quartiles ${q(xs, 0.25).toFixed(2)}–${q(xs, 0.75).toFixed(2)}, min ${q(xs, 0).toFixed(2)})`);
console.log(`${fixture}: ${runs} fresh tabs; reader ${(reader.length / 1024).toFixed(1)} KB minified; name read: ${samples[0]?.name}`);
line('reader evaluation', samples.map((s) => s.evaluate));
line('first readProfile', samples.map((s) => s.first));
line('second readProfile', samples.map((s) => s.second));
if (profiling) {
  console.log('self time per first call (sampled at 50 µs, mean over runs, unminified; includes the second call)');
  for (const [k, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${ms.toFixed(3).padStart(7)}  ${k}`);
}
