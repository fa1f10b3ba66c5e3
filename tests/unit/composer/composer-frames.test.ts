// The note step's rest drawn before the next paint, or by a timer where no frame comes (composer-frames.ts).
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { afterNextPaint, beforeNextPaint, composerParts } from '../../../src/composer/composer-frames';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => vi.useRealTimers());

test('the animation frame runs it once and leaves no fallback timer behind', () => {
  const run = vi.fn();
  beforeNextPaint(run, new AbortController().signal);
  vi.advanceTimersByTime(16);
  expect(run).toHaveBeenCalledTimes(1);
  expect(vi.getTimerCount()).toBe(0);
  vi.advanceTimersByTime(200);
  expect(run).toHaveBeenCalledTimes(1);
});

test('a page that gives no frame (a background tab) gets it from the timer, once', () => {
  const frames = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 7);
  const cancel = vi.spyOn(globalThis, 'cancelAnimationFrame');
  const run = vi.fn();
  beforeNextPaint(run, new AbortController().signal);
  vi.advanceTimersByTime(99);
  expect(run).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(run).toHaveBeenCalledTimes(1);
  expect(cancel).toHaveBeenCalledWith(7);
  frames.mockRestore();
  cancel.mockRestore();
});

test('after the next paint: a task after the frame, not in it; nothing once the composer is gone', () => {
  const run = vi.fn();
  afterNextPaint(run, new AbortController().signal);
  vi.advanceTimersToNextTimer(); // the frame
  expect(run).not.toHaveBeenCalled();
  vi.advanceTimersToNextTimer(); // the task after it
  expect(run).toHaveBeenCalledTimes(1);
  const gone = vi.fn();
  const life = new AbortController();
  afterNextPaint(gone, life.signal);
  vi.advanceTimersToNextTimer();
  life.abort();
  vi.advanceTimersByTime(200);
  expect(gone).not.toHaveBeenCalled();
});

test('nothing runs once the composer is gone', () => {
  const run = vi.fn();
  const life = new AbortController();
  beforeNextPaint(run, life.signal);
  life.abort();
  vi.advanceTimersByTime(200);
  expect(run).not.toHaveBeenCalled();
});

test("the note step's rest follows its first draw; other steps and wholeAtOnce have it at once", () => {
  const draw = vi.fn();
  const note = composerParts('note', false);
  note.follow(draw, new AbortController().signal);
  expect(note.rest()).toBe(false);
  vi.advanceTimersByTime(16);
  expect(note.rest()).toBe(true);
  expect(draw).toHaveBeenCalledTimes(1);
  expect(composerParts('note', true).rest()).toBe(true);
  const prompt = composerParts('prompt', false);
  prompt.follow(draw, new AbortController().signal);
  expect(prompt.rest()).toBe(false);
  vi.advanceTimersByTime(200);
  expect(draw).toHaveBeenCalledTimes(1);
});
