// @vitest-environment node
// Benchmark: how long the options page takes to refuse two hostile files — a CSV of 1,000,000 rows
// (refused at the 200,000-row cap while parsing) and a zip that declares a 60 MB entry (refused
// before inflating). The unit tests check that each is refused and why; the time is reported here.
import { zipSync } from 'fflate';
import { expect, test } from 'vitest';
import { readImportFile } from '../../src/options/archive';
import { CONNECTIONS_HEADER, csvLine, utf8 } from '../unit/core/archive/archive-helpers';
import { recordBench, summarize } from './record';

const RUNS = 5;

async function refusalMs(bytes: Uint8Array, code: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const result = await readImportFile(bytes);
    times.push(performance.now() - started);
    expect(result).toMatchObject({ kind: 'error', code });
  }
  return times;
}

test('a 1,000,000-row CSV and a 60 MB zip bomb are refused', async () => {
  const rows = utf8(csvLine(CONNECTIONS_HEADER) + '\n' + ',,,,,,07 Jun 2026\n'.repeat(1_000_000));
  const csv = summarize(await refusalMs(rows, 'too-many-rows'));
  recordBench({ name: 'import: 1,000,000-row CSV refused at the row cap (median)', value: csv.median, unit: 'ms', detail: `p95 ${csv.p95.toFixed(0)} ms, ${(rows.length / 1e6).toFixed(0)} MB; ${RUNS} runs` });
  const bomb = zipSync({ 'Connections.csv': new Uint8Array(60 * 1024 * 1024).fill(0x2c) }, { level: 9 });
  const zip = summarize(await refusalMs(bomb, 'zip-entry-too-large'));
  recordBench({ name: 'import: zip declaring a 60 MB entry refused (median)', value: zip.median, unit: 'ms', detail: `p95 ${zip.p95.toFixed(1)} ms, ${(bomb.length / 1024).toFixed(0)} KB file; ${RUNS} runs` });
});
