// `npm run bench`: builds, runs every benchmark, prints a table and writes bench/results.json.
// A full run (no file filter) also keeps its results as bench/last-results.json and renders the
// README's table from them; a partial run leaves both alone.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultsPath, type BenchResult } from '../bench/record';
import { projectRoot } from '../e2e/harness';
import { formatValue, withBenchTable } from './bench-table';

const run = (args: string[]) => spawnSync('npx', args, { cwd: projectRoot, stdio: 'inherit' }).status ?? 1;

const started = Date.now();
if (run(['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
rmSync(resultsPath, { force: true });
const filters = process.argv.slice(2);
const status = run(['vitest', 'run', '--config', 'vitest.bench.config.ts', ...filters]);

const { results } = JSON.parse(readFileSync(resultsPath, 'utf8')) as { results: BenchResult[] };
results.sort((a, b) => a.name.localeCompare(b.name));
const rows = results.map((r) => {
  const verdict = r.budget === undefined ? '' : r.value <= r.budget ? 'ok' : 'over';
  const budget = r.budget === undefined ? '—' : `≤ ${r.budget}`;
  return [r.name, `${formatValue(r.value)} ${r.unit}`, `${budget}`, verdict, r.detail ?? ''];
});
printTable(['benchmark', 'result', 'budget', '', 'detail'], rows);
console.log(`\n${results.length} results in ${((Date.now() - started) / 1000).toFixed(0)} s → ${resultsPath}`);
const over = results.filter((r) => r.budget !== undefined && r.value > r.budget);
// Budgets are reported, never failed: a benchmark measures, and a slow machine is not a bug.
if (over.length) console.log(`Over budget: ${over.map((r) => r.name).join('; ')}`);

if (status === 0 && filters.length === 0) {
  copyFileSync(resultsPath, join(projectRoot, 'bench/last-results.json'));
  const readmePath = join(projectRoot, 'README.md');
  writeFileSync(readmePath, withBenchTable(readFileSync(readmePath, 'utf8'), results));
  console.log('README.md benchmark table and bench/last-results.json updated.');
}
process.exit(status);

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
