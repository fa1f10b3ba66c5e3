// readProfile's cost where it runs: in Chromium, on every full LinkedIn page we have. The reader
// (src/linkedin, bundled and minified as the build does) is put into each saved page, which is
// served at a profile URL with its own scripts left out; it then runs RUNS times, each right after
// a tiny change to the page (the content script reads right after LinkedIn changed it), timed in
// the page. The median is recorded against the 3 ms budget (issue 16). The same pages in happy-dom
// are reader.bench.test.ts's lines (a DOM in JavaScript: slower, and its costs fall elsewhere).
// Records numbers only; asserts only that the reader read a name.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, projectRoot } from '../e2e/harness';
import { recordBench, summarize } from './record';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/linkedin');
const RUNS = 250;
const WARMUP = 20;
const URL = 'https://www.linkedin.com/in/bench-reader/';

const pages = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && !f.includes('.excerpt.')),
  ...readdirSync(join(FIXTURES, 'constructed')).filter((f) => /profile.*\.html$/.test(f)).map((f) => `constructed/${f}`),
];

let context: BrowserContext;
let dir: string;
let reader: string;
let current = '';

beforeAll(async () => {
  const output = (await build({
    configFile: false, logLevel: 'silent', define: { __RAPPORT_TEST_HOOKS__: 'false' },
    build: { write: false, minify: true, lib: { entry: join(projectRoot, 'src/linkedin/index.ts'), formats: ['iife'], name: '__benchReader' } },
  })) as Rolldown.RolldownOutput[];
  reader = output[0]!.output[0].code;
  dir = mkdtempSync(join(tmpdir(), 'rapport-reader-bench-'));
  context = await launchChromium(dir, { extension: false });
  await context.route('**/*', (route) => {
    if (route.request().url() !== URL) return route.abort();
    // The saved page without its own scripts: only the reader runs.
    return route.fulfill({ contentType: 'text/html', body: current.replace(/<script\b[\s\S]*?<\/script>/gi, '') });
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface InPage { samples: number[]; name: string | null; elements: number }

/** Runs in the page: WARMUP reads, then RUNS reads, each after a tiny change to <body>. */
function measure([runs, warmup]: [number, number]): InPage {
  const read = (globalThis as unknown as { __benchReader: { readProfile(doc: Document, url: string): { fullName: string | null } } }).__benchReader.readProfile;
  for (let i = 0; i < warmup; i++) read(document, location.href);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    document.body.setAttribute('data-bench-run', String(i));
    const start = performance.now();
    read(document, location.href);
    samples.push(performance.now() - start);
  }
  return { samples, name: read(document, location.href).fullName, elements: document.getElementsByTagName('*').length };
}

test('readProfile in Chromium on every full fixture page', async () => {
  const page = await context.newPage();
  let worst = { name: '', median: 0 };
  for (const file of pages) {
    current = readFileSync(join(FIXTURES, file), 'utf8');
    await page.goto(URL);
    await page.addScriptTag({ content: reader });
    const result = await page.evaluate(measure, [RUNS, WARMUP] as [number, number]);
    expect(result.name, file).not.toBeNull(); // a broken reader would be fast for the wrong reason
    const { median, p95 } = summarize(result.samples);
    recordBench({
      name: `reader (Chromium): ${file}`, value: round(median), unit: 'ms', budget: 3,
      detail: `median of ${RUNS} runs, each after a change to the page; p95 ${round(p95)} ms; ${result.elements} elements`,
    });
    if (median > worst.median) worst = { name: file, median };
  }
  await page.close();
  recordBench({ name: 'reader (Chromium): worst fixture', value: round(worst.median), unit: 'ms', budget: 3, detail: worst.name });
});

const round = (ms: number) => Math.round(ms * 1000) / 1000;
