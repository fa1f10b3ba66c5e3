// The top card is polled on a timer that backs off: a card drawn a moment late is read a moment
// later, and a profile page that never shows one is not walked every 200 ms for 10 s.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { CARD_POLL, waitForCard } from '../../../src/content/page';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A page whose card never comes: awaited for 10 s (page-profile.ts WAIT_FOR_CARD_MS). */
function cardless() {
  const start = Date.now();
  const ticks: number[] = [];
  return {
    ticks,
    profile: {
      awaitingCard: () => Date.now() - start <= 10_000,
      refresh: () => (ticks.push(Date.now() - start), false),
    },
  };
}

test('the first tick comes at 200 ms, and the waits grow to at most 2 s', () => {
  const { ticks, profile } = cardless();
  waitForCard(new AbortController().signal, profile);
  vi.advanceTimersByTime(30_000);
  expect(ticks[0]).toBe(CARD_POLL.firstMs);
  expect(ticks).toEqual([200, 500, 950, 1625, 2638, 4158, 6158, 8158]);
  const gaps = ticks.slice(1).map((t, i) => t - ticks[i]!);
  expect(Math.max(...gaps)).toBeLessThanOrEqual(CARD_POLL.maxMs);
});

test('a card that comes stops the poll at the next tick', () => {
  let shown = false;
  let reads = 0;
  waitForCard(new AbortController().signal, { awaitingCard: () => !shown, refresh: () => (reads++, false) });
  vi.advanceTimersByTime(600);
  expect(reads).toBe(2);
  shown = true;
  vi.advanceTimersByTime(30_000);
  expect(reads).toBe(2);
});

test('the poll ends with the page', () => {
  const { ticks, profile } = cardless();
  const page = new AbortController();
  waitForCard(page.signal, profile);
  vi.advanceTimersByTime(600);
  page.abort();
  vi.advanceTimersByTime(30_000);
  expect(ticks).toEqual([200, 500]);
});
