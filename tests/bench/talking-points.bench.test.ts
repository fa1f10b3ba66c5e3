// Talking points for a profile with 30 experience entries (issue 20: ≤ 1 ms), against a full About
// you (10 schools, 15 employers, place, languages), in both note languages as the composer asks.
// Also recorded without a budget: reading the Experience and Education cards of a constructed
// era-D page plus the points, as the composer does once per dialog. Asserts only correctness.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { talkingPoints, talkingPointsByLanguage, type Background, type Them } from '../../src/core/talking-points';
import { pageTalkingPoints } from '../../src/composer/page-talking-points';
import { readProfile } from '../../src/linkedin';
import { recordBench, summarize } from './record';

const RUNS = 2000;
const NOW = new Date(2026, 11, 3);

const you: Background = {
  schools: Array.from({ length: 10 }, (_, i) => ({ name: i === 9 ? 'Technische Universität Kessel' : `School Number ${i}`, start: { year: 2000 + i }, end: { year: 2004 + i } })),
  employers: Array.from({ length: 15 }, (_, i) => ({ name: `Employer ${i}, Inc.`, title: 'Engineer', start: { year: 2005 + i, month: 3 }, end: { year: 2006 + i, month: 2 } })),
  location: 'Hamburg, Hamburg, Germany',
  languages: ['German', 'English', 'French'],
};
const them: Them = {
  schools: Array.from({ length: 5 }, (_, i) => ({ name: i === 4 ? 'Technische Universität Kessel' : `Other School ${i}`, start: { year: 2001 + i }, end: { year: 2005 + i } })),
  employers: Array.from({ length: 30 }, (_, i) => ({ name: i === 29 ? 'Employer 14 GmbH' : `Company ${i} AG`, title: `Role ${i}`, start: { year: 1995 + i, month: (i % 12) + 1 }, end: i === 0 ? null : { year: 1996 + i, month: (i % 12) + 1 }, current: i === 0 })),
  location: 'Hamburg, Germany',
  languages: ['Deutsch', 'Spanish'],
  mutualNames: ['Tomasz Wierzba'],
};

const round = (x: number) => Math.round(x * 1000) / 1000;

test('talking points, 30 experience entries', () => {
  // The first call, before organisation names are remembered (org-identity.ts).
  const coldStart = performance.now();
  talkingPointsByLanguage(you, them, NOW);
  const cold = performance.now() - coldStart;
  const points = talkingPoints(you, them, { now: NOW });
  expect(points.map((p) => p.kind)).toEqual(['school', 'employer', 'mutual', 'city', 'language']);
  for (let i = 0; i < 50; i++) talkingPointsByLanguage(you, them, NOW);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    talkingPointsByLanguage(you, them, NOW);
    samples.push(performance.now() - start);
  }
  const { median, p95 } = summarize(samples);
  recordBench({ name: 'talking points: 30 experience entries (en + de)', value: round(median), unit: 'ms', budget: 1, detail: `p95 ${round(p95)} ms, ${RUNS} runs; first call ${round(cold)} ms` });
});

test('reading the cards plus talking points on a constructed era-D profile', () => {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures/linkedin/constructed/2026-profile-sections.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const profile = readProfile(doc);
  const about = { schools: [{ name: 'Universidad de Altamira', start: { year: 2015 }, end: { year: 2019 } }], employers: [], location: '', languages: [] };
  expect(pageTalkingPoints(about, profile, doc, NOW).en[0]?.subject).toBe('Universidad de Altamira');
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    doc.body.setAttribute('data-bench-run', String(i)); // invalidates happy-dom's query cache
    const start = performance.now();
    pageTalkingPoints(about, profile, doc, NOW);
    samples.push(performance.now() - start);
  }
  const { median, p95 } = summarize(samples);
  recordBench({ name: 'talking points: read cards + points, constructed/2026-profile-sections.html', value: round(median), unit: 'ms', detail: `p95 ${round(p95)} ms (happy-dom)` });
});
