// `npm run bench`: builds, runs every benchmark, prints a table and writes bench/results.json.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { resultsPath, type BenchResult } from '../bench/record';
import { projectRoot } from '../e2e/harness';

const run = (args: string[]) => spawnSync('npx', args, { cwd: projectRoot, stdio: 'inherit' }).status ?? 1;

const started = Date.now();
if (run(['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
rmSync(resultsPath, { force: true });
const status = run(['vitest', 'run', '--config', 'vitest.bench.config.ts', ...process.argv.slice(2)]);

const { results } = JSON.parse(readFileSync(resultsPath, 'utf8')) as { results: BenchResult[] };
results.sort((a, b) => a.name.localeCompare(b.name));
const rows = results.map((r) => {
  const verdict = r.budget === undefined ? '' : r.value <= r.budget ? 'ok' : 'OVER';
  const budget = r.budget === undefined ? '—' : `≤ ${r.budget}`;
  return [r.name, `${format(r.value)} ${r.unit}`, `${budget}`, verdict, r.detail ?? ''];
});
printTable(['benchmark', 'result', 'budget', '', 'detail'], rows);
console.log(`\n${results.length} results in ${((Date.now() - started) / 1000).toFixed(0)} s → ${resultsPath}`);
const over = results.filter((r) => r.budget !== undefined && r.value > r.budget);
if (over.length) console.log(`Over budget: ${over.map((r) => r.name).join('; ')}`);
process.exit(status);

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(3);
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
