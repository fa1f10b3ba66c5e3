// Attack: the service worker is stopped (CDP ServiceWorker.stopAllWorkers) again and again while
// five tabs send invitations as fast as a person's clicks go. Before the outbox, 545 of 1,000
// reports were lost without a word. Now every report waits in its tab until the background has
// stored it and said so, is retried across the restarts, and is stored once (idempotency key);
// the invitation index holds exactly the stored records after all the stops.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension } from '../harness';
import { peopleOf, searchPage, sendToAll, storedIndex, storedInvitations, workerControl } from './worker-load';

// ATTACK_TABS / ATTACK_PER_TAB make a quicker run while working on this test.
const TABS = Number(process.env.ATTACK_TABS ?? 5);
const PER_TAB = Number(process.env.ATTACK_PER_TAB ?? 200);
const TOTAL = TABS * PER_TAB;
const STOPS = 20;

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

test(`${TABS} tabs × ${PER_TAB} sends with the worker stopped ${STOPS} times: all ${TOTAL} stored, none twice`, { timeout: 240_000 }, async () => {
  const control = await ext.openExtensionPage('src/popup/index.html');
  const worker = await workerControl(ext, control);
  const tabs: { page: Page; people: ReturnType<typeof peopleOf> }[] = [];
  for (let t = 0; t < TABS; t += 1) {
    const people = peopleOf(t, PER_TAB);
    const url = `https://www.linkedin.com/search/results/people/?keywords=attack-${t}`;
    tabs.push({ page: await ext.openLinkedIn(url, { html: searchPage(people) }), people });
  }

  // A stop after every TOTAL / (STOPS + 1) sends, whatever is in flight at that moment.
  let sent = 0;
  const stops: Promise<void>[] = [];
  const onSent = () => {
    sent += 1;
    if (sent % Math.floor(TOTAL / (STOPS + 1)) === 0 && stops.length < STOPS) stops.push(worker.stop());
  };
  const began = Date.now();
  await Promise.all(tabs.map(({ page, people }) => sendToAll(page, ext.extensionId, people, onSent)));
  await Promise.all(stops);
  const sendingMs = Date.now() - began;

  let stored = await storedInvitations(control);
  const deadline = Date.now() + 60_000;
  while (stored.length < TOTAL && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    stored = await storedInvitations(control);
  }
  const settledMs = Date.now() - began;
  console.info(`sent ${sent} in ${sendingMs} ms; all stored after ${settledMs} ms; worker stopped ${worker.counts.stopped}×, started again ${worker.counts.started}×`);

  expect(stops).toHaveLength(STOPS);
  // Each stop really ended a running worker, and a message started the next one.
  expect(worker.counts.stopped).toBeGreaterThanOrEqual(STOPS);
  expect(worker.counts.started).toBeGreaterThanOrEqual(STOPS);
  await worker.close();
  const expected = tabs.flatMap(({ people }) => people.map((p) => `https://www.linkedin.com/in/${p.slug}/`)).sort();
  expect(stored.map((i) => i.profileUrl).sort()).toEqual(expected); // all 1000, each once
  expect(new Set(stored.map((i) => i.id)).size).toBe(TOTAL);
  // The invitation index, written in the same storage.set as the records, describes exactly them
  // after every stop: the next worker's first answers come from it.
  const index = await storedIndex(control);
  expect(index.records).toHaveLength(TOTAL);
  expect(index.indexed).toEqual(index.records);
  expect(index.head).toEqual({ v: 2, n: TOTAL });
  // Nothing in any tab told the person that something was not recorded.
  for (const { page } of tabs) expect(await page.getByRole('alert').filter({ hasText: 'Rapport' }).count()).toBe(0);
});
