// readProfile's cost on every full LinkedIn page we have, in happy-dom (a DOM written in
// JavaScript, where the unit tests run). Where the reader really runs, in Chromium, is
// reader-chromium.bench.test.ts, which holds the 3 ms budget (issue 16); these lines have none:
// they show where happy-dom's costs fall (its selector engine walks the page once per selector
// group). Each page is parsed once; readProfile then runs RUNS times on it and the median is
// recorded. Records numbers only; asserts nothing about time.
// happy-dom caches query results until the document changes, and the content script always reads
// right after LinkedIn changed the page, so every timed run follows a (tiny) mutation; the cached
// median is kept in the detail for comparison.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { readProfile } from '../../src/linkedin';
import { recordBench, summarize } from './record';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/linkedin');
const RUNS = 250;
const WARMUP = 10;

const pages = [
  // The saved pages (the excerpts are fragments, not pages).
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.html') && !f.includes('.excerpt.')),
  // The constructed era-D (2026) profile pages.
  ...readdirSync(join(FIXTURES, 'constructed')).filter((f) => /profile.*\.html$/.test(f)).map((f) => `constructed/${f}`),
];

test('readProfile on every full fixture page', () => {
  let worst = { name: '', median: 0 };
  for (const page of pages) {
    const doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, page), 'utf8'), 'text/html');
    const first = performance.now();
    const read = readProfile(doc);
    const firstMs = performance.now() - first;
    expect(read.fullName).not.toBeNull(); // a broken reader would be fast for the wrong reason

    for (let i = 0; i < WARMUP; i++) readProfile(doc);
    const cached: number[] = [];
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let start = performance.now();
      readProfile(doc);
      cached.push(performance.now() - start);
      doc.body.setAttribute('data-bench-run', String(i)); // invalidates happy-dom's query cache
      start = performance.now();
      readProfile(doc);
      samples.push(performance.now() - start);
    }
    const { median, p95 } = summarize(samples);
    const elements = doc.getElementsByTagName('*').length;
    recordBench({
      name: `reader (happy-dom): ${page}`,
      value: round(median),
      unit: 'ms',
      detail: `median of ${RUNS} runs after a mutation; p95 ${round(p95)} ms; cached ${round(summarize(cached).median)} ms; first run ${round(firstMs)} ms; ${elements} elements`,
    });
    if (median > worst.median) worst = { name: page, median };
  }
  recordBench({ name: 'reader (happy-dom): worst fixture', value: round(worst.median), unit: 'ms', detail: worst.name });
});

const round = (ms: number) => Math.round(ms * 1000) / 1000;
