// Attack regression (issue 15, item 2): a hostile backup nested 120,000 deep — or a large one —
// must not hold the background. The person picks it in the options page while the popup keeps
// asking the background for its queue; the file is refused at once with a clear message,
// storage is unchanged, and every popup request is answered meanwhile. The times are printed
// (performance is reported, not asserted); what is asserted is the behaviour.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension, watchErrors } from '../harness';

let ext: Extension;
let options: Page;
let popup: Page;
const errors: string[] = [];

beforeAll(async () => {
  ext = await launchExtension();
  options = await ext.openExtensionPage('src/options/index.html#backup');
  popup = await ext.openExtensionPage('src/popup/index.html');
  watchErrors(options, errors);
  // Something stored, so "unchanged" means something.
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'settings.set', patch: { myName: 'Sam Example' } }));
});
afterAll(async () => {
  await ext?.close();
});

const el = (name: string) => options.locator(`[data-rapport="${name}"]`);
const storage = () => ext.serviceWorker.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]));

/** The popup asks for its queue every few milliseconds until stopped; returns each answer's latency. */
async function probeQueue(): Promise<() => Promise<number[]>> {
  await popup.evaluate(() => {
    const probe = { stop: false, latencies: [] as number[], done: Promise.resolve() };
    probe.done = (async () => {
      while (!probe.stop) {
        const asked = performance.now();
        await chrome.runtime.sendMessage({ type: 'queue.summary' });
        probe.latencies.push(performance.now() - asked);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    (globalThis as unknown as { probe: typeof probe }).probe = probe;
  });
  return () =>
    popup.evaluate(async () => {
      const probe = (globalThis as unknown as { probe: { stop: boolean; latencies: number[]; done: Promise<void> } }).probe;
      probe.stop = true;
      await probe.done;
      return probe.latencies;
    });
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `n=${sorted.length}, median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`;
};

test('a backup nested 120,000 deep is refused at once; the popup is answered meanwhile; nothing changes', async () => {
  const before = await storage();
  const text = `{"format":"rapport-backup","version":1,"settings":${'['.repeat(120_000)}${']'.repeat(120_000)}}`;
  const stop = await probeQueue();
  const picked = Date.now();
  await el('import-file').setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(el('status-error').textContent()).resolves.toMatch(/more than 64 levels deep \(at byte \d+\)/);
  const shown = Date.now() - picked;
  const latencies = await stop();
  // The background alone, as a message round trip from the options page.
  const roundTrip = await options.evaluate(async (levels) => {
    const deep = `{"format":"rapport-backup","version":1,"settings":${'['.repeat(levels)}${']'.repeat(levels)}}`;
    const asked = performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: 'backup.preview', mode: 'merge', text: deep })) as { ok: boolean; error?: { message: string } };
    return { ms: performance.now() - asked, reply };
  }, 120_000);
  expect(roundTrip.reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(/more than 64 levels deep/) as unknown } });
  expect(latencies.length).toBeGreaterThan(0);
  expect(await storage()).toBe(before);
  console.info(`120,000-deep backup: refused by the background in ${roundTrip.ms.toFixed(1)} ms (message round trip); error shown ${shown} ms after the pick; popup queue.summary meanwhile: ${stats(latencies)}`);
});

test('a large valid backup is read outside the queue: the popup is answered while it is validated', async () => {
  const invitations = Array.from({ length: 20_000 }, (_, i) => ({
    id: `big-${i}`, profileUrl: `https://www.linkedin.com/in/example-person-${i}/`, name: `Example Person ${i}`,
    sentAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), status: 'accepted', note: 'Hello there, example note.',
  }));
  const buffer = Buffer.from(JSON.stringify({ format: 'rapport-backup', version: 1, invitations }));
  const stop = await probeQueue();
  const picked = Date.now();
  await el('import-file').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer });
  await expect(el('preview-invitations').textContent()).resolves.toContain('20000 added');
  const previewed = Date.now() - picked;
  const latencies = await stop();
  expect(latencies.length).toBeGreaterThan(0);
  console.info(`${(buffer.length / 1e6).toFixed(1)} MB backup of 20,000 invitations: preview shown after ${previewed} ms; popup queue.summary meanwhile: ${stats(latencies)}`);
  await el('import-cancel').click();
});

test('a backup cut off in the middle says where the file ends', async () => {
  const full = JSON.stringify({ format: 'rapport-backup', version: 1, invitations: [{ id: 'a', profileUrl: 'https://www.linkedin.com/in/example-name/', name: 'Zoë Example', sentAt: '2026-11-01T09:00:00Z' }] });
  const cut = Buffer.from(full).subarray(0, 120);
  await el('import-file').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: cut });
  await expect(el('status-error').textContent()).resolves.toContain('The file ends early (at byte 120)');
  expect(errors).toEqual([]);
});
