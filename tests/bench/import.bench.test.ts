// @vitest-environment node
// Benchmark (issue 15, item 2): reading hostile and large backups through the real router,
// handlers and store. How long a 120,000-deep file takes to be refused, how long other requests
// wait meanwhile, and for a 20,000-invitation file the longest stretch the background is busy
// without answering anyone (validation runs outside the queue, in slices).
import { expect, test } from 'vitest';
import { parseBackup } from '../../src/core/backup/parse';
import { createBackground } from '../unit/background/background';
import { recordBench, summarize } from './record';

const deep = (levels: number) => `{"format":"rapport-backup","version":1,"settings":${'['.repeat(levels)}${']'.repeat(levels)}}`;

test('a 120,000-deep backup is refused at once and the queue keeps answering', async () => {
  const bg = createBackground();
  await bg.send({ type: 'templates.list' });
  const text = deep(120_000);
  const refusals: number[] = [];
  const waits: number[] = [];
  for (let run = 0; run < 15; run += 1) {
    const started = performance.now();
    const refused = bg.send({ type: 'backup.preview', mode: 'merge', text }).catch(() => (refusals.push(performance.now() - started), null));
    const asked = performance.now();
    const answered = bg.send({ type: 'queue.summary' }).then(() => waits.push(performance.now() - asked));
    await Promise.all([refused, answered]);
  }
  expect(refusals).toHaveLength(15);
  const refusal = summarize(refusals);
  const wait = summarize(waits);
  recordBench({ name: 'import: 120,000-deep backup refused (median)', value: refusal.median, unit: 'ms', budget: 200, detail: `p95 ${refusal.p95.toFixed(1)} ms, ${(text.length / 1024).toFixed(0)} KB` });
  recordBench({ name: 'import: queue.summary while a deep backup is refused (median)', value: wait.median, unit: 'ms', detail: `p95 ${wait.p95.toFixed(1)} ms` });
});

test('a 20,000-invitation backup is validated in slices', async () => {
  const invitations = Array.from({ length: 20_000 }, (_, i) => ({
    id: `b${i}`, profileUrl: `https://www.linkedin.com/in/example-person-${i}/`, name: `Example Person ${i}`,
    sentAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), status: 'accepted', note: 'Hello there, an example note.',
  }));
  const text = JSON.stringify({ format: 'rapport-backup', version: 1, invitations });
  await parseBackup(text); // warm up
  let last = performance.now();
  const slices: number[] = [];
  const started = last;
  const parsed = await parseBackup(text, () => {
    const now = performance.now();
    slices.push(now - last);
    last = now;
  });
  slices.push(performance.now() - last);
  expect(parsed.ok).toBe(true);
  recordBench({ name: 'import: 20,000-invitation backup validated', value: performance.now() - started, unit: 'ms', detail: `${(text.length / 1e6).toFixed(1)} MB, ${slices.length} slices; first four ${slices.slice(0, 4).map((ms) => ms.toFixed(0)).join(', ')} ms (shape scan, JSON.parse, key scan, header)` });
  recordBench({ name: 'import: longest slice without a pause, 20,000 invitations', value: Math.max(...slices), unit: 'ms', detail: 'the background answers other messages between slices' });
});
