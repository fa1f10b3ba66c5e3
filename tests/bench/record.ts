// Benchmarks record their numbers here; `npm run bench` prints them as a table and writes
// bench/results.json. A result carries its budget so the table says whether it holds.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The budget the issue sets; the result passes when value <= budget. */
  budget?: number;
  detail?: string;
}

export const resultsPath = resolve(import.meta.dirname, '../../bench/results.json');

export function recordBench(result: BenchResult): void {
  mkdirSync(dirname(resultsPath), { recursive: true });
  const all: BenchResult[] = existsSync(resultsPath)
    ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as { results: BenchResult[] }).results
    : [];
  const rest = all.filter((r) => r.name !== result.name);
  rest.push(result);
  writeFileSync(resultsPath, JSON.stringify({ results: rest }, null, 2) + '\n');
}

/** Median and 95th percentile of a list of samples. */
export function summarize(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}
