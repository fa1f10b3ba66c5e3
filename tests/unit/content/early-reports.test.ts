// content.js's reports before composer.js is in the page (a profile viewed, nothing pressed): kept
// and retried while the worker restarts, given up only when the extension is gone, and handed to
// composer.js's outbox, ahead of anything newer, once it is here.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createEarlyReports, type EarlyReportsOptions } from '../../../src/content/reports';
import type { Report } from '../../../src/composer/outbox';
import { RapportError } from '../../../src/shared/rapport-error';

const observed = (slug: string): Report => ({ type: 'profile.observed', profile: { profileUrl: `https://www.linkedin.com/in/${slug}/`, relation: 'connectable' }, reportId: `${slug}000000000000`.slice(0, 12) });
const slugOf = (r: Report) => (r as { profile: { profileUrl: string } }).profile.profileUrl.split('/')[4];
const lostPort = () => new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');

function harness(deliver: EarlyReportsOptions['deliver']) {
  const world = { alive: true, composer: null as ReturnType<EarlyReportsOptions['composer']> };
  const early = createEarlyReports({ deliver, alive: () => world.alive, composer: () => world.composer });
  return { early, world };
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  vi.useFakeTimers();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  warn.mockRestore();
});

test('a failed send is retried with the same report (its idempotency key) until the background answers', async () => {
  const tries: Report[] = [];
  const { early } = harness(async (r) => {
    tries.push(r);
    if (tries.length < 4) throw lostPort();
  });
  early.report(observed('ana'));
  await vi.advanceTimersByTimeAsync(5_000);
  expect(tries).toHaveLength(4);
  expect(new Set(tries.map((r) => r.reportId)).size).toBe(1);
  await vi.advanceTimersByTimeAsync(60_000);
  expect(tries).toHaveLength(4);
  await expect(early.delivered()).resolves.toBeUndefined();
});

test('reports go in the order made: the second waits until the first is delivered', async () => {
  const calls: string[] = [];
  let failures = 2;
  const { early } = harness(async (r) => {
    calls.push(slugOf(r)!);
    if (slugOf(r) === 'ana' && failures-- > 0) throw lostPort();
  });
  early.report(observed('ana'));
  early.report(observed('bo'));
  await vi.advanceTimersByTimeAsync(5_000);
  expect(calls).toEqual(['ana', 'ana', 'ana', 'bo']);
});

test('retries stop once the extension is gone, and what was not recorded is said', async () => {
  let tries = 0;
  const { early, world } = harness(async () => {
    tries += 1;
    throw lostPort();
  });
  early.report(observed('ana'));
  await vi.advanceTimersByTimeAsync(0);
  expect(tries).toBe(1);
  world.alive = false;
  await vi.advanceTimersByTimeAsync(120_000);
  expect(tries).toBe(1);
  expect(warn).toHaveBeenCalledWith('Rapport: not recorded', [observed('ana')]);
  await expect(early.delivered()).resolves.toBeUndefined();
});

test('a report that fails for about 100 s (one the background refuses) is said and given up; the next goes', async () => {
  const tries: string[] = [];
  const { early } = harness(async (r) => {
    tries.push(slugOf(r)!);
    if (slugOf(r) === 'ana') throw new RapportError('invalid-message', 'not a profile address');
  });
  early.report(observed('ana'));
  early.report(observed('bo'));
  await vi.advanceTimersByTimeAsync(90_000);
  expect(tries.every((slug) => slug === 'ana')).toBe(true);
  expect(warn).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(20_000);
  expect(tries).toEqual([...Array<string>(11).fill('ana'), 'bo']);
  expect(warn).toHaveBeenCalledWith('Rapport: sending "profile.observed" failed', expect.any(RapportError));
  await expect(early.delivered()).resolves.toBeUndefined();
});

test('once composer.js is here, what waits is handed to its outbox first, and delivered() waits for that outbox', async () => {
  const { early, world } = harness(async () => {
    throw lostPort();
  });
  early.report(observed('ana'));
  await vi.advanceTimersByTimeAsync(0);
  const handed: [string, string | null][] = [];
  let idle!: () => void;
  world.composer = {
    report: (r, who) => void handed.push([slugOf(r)!, who]),
    reportsIdle: () => new Promise<void>((resolve) => (idle = resolve)),
  };
  early.report(observed('bo'));
  expect(handed).toEqual([['ana', null], ['bo', null]]);
  let done = false;
  void early.delivered().then(() => (done = true));
  await vi.advanceTimersByTimeAsync(60_000);
  expect(done).toBe(false);
  idle();
  await vi.advanceTimersByTimeAsync(0);
  expect(done).toBe(true);
  expect(handed).toHaveLength(2);
});

test('the page going away sends what waits once more, without waiting', async () => {
  const tries: string[] = [];
  const { early } = harness(async (r) => {
    tries.push(slugOf(r)!);
    throw lostPort();
  });
  early.report(observed('ana'));
  await vi.advanceTimersByTimeAsync(0);
  early.flush();
  expect(tries).toEqual(['ana', 'ana']);
});
