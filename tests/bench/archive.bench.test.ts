// @vitest-environment node
// Benchmark: a heavy user's export — 30,000 connections — reconciled against 10,000 tracked
// invitations. Times reading the CSV bytes (decode + papaparse + rows) and planning the import
// (match + preview), median of 5 runs.
import { expect, test } from 'vitest';
import { planArchiveImport } from '../../src/core/archive';
import { Invitation } from '../../src/core/schemas';
import { readImportFile } from '../../src/options/archive';
import { recordBench, summarize } from './record';

const CONNECTIONS = 30_000;
const TRACKED = 10_000;
const RUNS = 5;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function connectionsCsv(): Uint8Array {
  const lines = [
    '\uFEFFNotes:',
    '"When you export your connections, some e-mail addresses may be missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < CONNECTIONS; i += 1) {
    const date = `${String((i % 28) + 1).padStart(2, '0')} ${MONTHS[i % 12]} ${2015 + (i % 12)}`;
    lines.push(i % 50 === 0
      ? `,,,,,,${date}` // a hidden member now and then
      : `First${i},"Last, ${i}",https://www.linkedin.com/in/person-${i},,"Company ${i % 300}, Inc.",Engineer,${date}`);
  }
  return new TextEncoder().encode(lines.join('\n'));
}

function trackedInvitations(): Invitation[] {
  // Every third tracked person is among the connections (so about 3,300 matches).
  return Array.from({ length: TRACKED }, (_, i) =>
    Invitation.parse({
      id: `cmp-${i}`,
      profileUrl: `https://www.linkedin.com/in/person-${i * 3 + (i % 3 === 0 ? 0 : CONNECTIONS)}/`,
      name: `Person ${i}`,
      sentAt: new Date(2014, 0, 1 + (i % 300)).toISOString(),
      status: i % 7 === 0 ? 'replied' : 'pending',
      source: 'composer',
    }),
  );
}

test('archive: reconcile 30k connections vs 10k invitations', async () => {
  const bytes = connectionsCsv();
  const tracked = trackedInvitations();
  const now = new Date(2027, 0, 1);
  const samples: number[] = [];
  let accepted = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const input = await readImportFile(bytes);
    if (input.kind !== 'linkedin') throw new Error(input.kind === 'error' ? input.message : 'not a LinkedIn file');
    const plan = planArchiveImport(input, tracked, now);
    samples.push(performance.now() - started);
    accepted = plan.accepted.length;
  }
  expect(accepted).toBeGreaterThan(2500);
  const { median, p95 } = summarize(samples);
  recordBench({
    name: 'archive: reconcile 30k connections vs 10k invitations',
    value: Math.round(median),
    unit: 'ms',
    budget: 1000,
    detail: `median of ${RUNS} (max ${Math.round(p95)} ms); ${(bytes.length / 1e6).toFixed(1)} MB CSV, ${accepted} accepted`,
  });
});
