// The page's timers end with the page, and a timer that has run leaves nothing on the page's
// signal: the card poll sets one per tick for as long as the card is awaited.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { after, whenIdle } from '../../../src/content/signal-bound';

/** A signal that counts the abort listeners currently on it. */
function countedSignal() {
  const controller = new AbortController();
  const listeners = new Set<unknown>();
  const { signal } = controller;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((type: string, fn: EventListener, options?: AddEventListenerOptions) => {
    listeners.add(fn);
    add(type, fn, options);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((type: string, fn: EventListener) => {
    listeners.delete(fn);
    remove(type, fn);
  }) as typeof signal.removeEventListener;
  return { controller, signal, listeners };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('after: runs once, then leaves no listener on the signal', () => {
  const { signal, listeners } = countedSignal();
  const fn = vi.fn();
  for (let i = 0; i < 50; i++) after(signal, 200, fn);
  expect(listeners.size).toBe(50);
  vi.advanceTimersByTime(200);
  expect(fn).toHaveBeenCalledTimes(50);
  expect(listeners.size).toBe(0);
});

test('after: nothing runs once the page has ended, and nothing is set on an ended page', () => {
  const { controller, signal, listeners } = countedSignal();
  const fn = vi.fn();
  after(signal, 200, fn);
  controller.abort();
  vi.advanceTimersByTime(500);
  expect(fn).not.toHaveBeenCalled();
  after(signal, 10, fn);
  vi.advanceTimersByTime(50);
  expect(fn).not.toHaveBeenCalled();
  expect(listeners.size).toBeLessThanOrEqual(1); // at most the first one's, which the abort ran (once)
});

test('whenIdle: runs once, then leaves no listener; not after the page ended', () => {
  const world = globalThis as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
  const saved = { request: world.requestIdleCallback, cancel: world.cancelIdleCallback };
  world.requestIdleCallback = (fn: () => void) => setTimeout(fn, 5) as unknown as number;
  world.cancelIdleCallback = (id: number) => clearTimeout(id);
  try {
    const { controller, signal, listeners } = countedSignal();
    const fn = vi.fn();
    whenIdle(signal, fn);
    vi.advanceTimersByTime(10);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
    whenIdle(signal, fn);
    controller.abort();
    vi.advanceTimersByTime(10);
    expect(fn).toHaveBeenCalledTimes(1);
  } finally {
    world.requestIdleCallback = saved.request;
    world.cancelIdleCallback = saved.cancel;
  }
});
