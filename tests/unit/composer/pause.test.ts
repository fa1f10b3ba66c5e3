import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPause } from '../../../src/composer/pause';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createPause', () => {
  test('runs once, the given time after the last poke, however many pokes came before', () => {
    const fn = vi.fn();
    const pause = createPause(120, fn);
    for (let i = 0; i < 10; i++) {
      pause.poke();
      vi.advanceTimersByTime(50);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(69);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  test('keeps one timer while typing goes on, and runs again after the next pause', () => {
    const fn = vi.fn();
    const pause = createPause(120, fn);
    pause.poke();
    pause.poke();
    pause.poke();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(120);
    pause.poke();
    vi.advanceTimersByTime(120);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  test('cancel: nothing runs', () => {
    const fn = vi.fn();
    const pause = createPause(120, fn);
    pause.poke();
    pause.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
  });
});
