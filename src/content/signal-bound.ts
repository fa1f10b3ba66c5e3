// Timers that end with a page: each takes the page's AbortSignal and does nothing once it has
// aborted, so nothing started for one person runs on after the person has gone. (Listeners take
// the signal itself: `addEventListener(type, fn, { signal })`.)

/**
 * Runs `fn` once after `ms`, unless `signal` has aborted by then. The abort listener goes when the
 * timer fires: a page's card poll sets one per tick (content/page.ts), and each would otherwise stay on the
 * page's signal (and keep its closure) until the page ends.
 */
export function after(signal: AbortSignal, ms: number, fn: () => void): void {
  if (signal.aborted) return;
  const cancel = () => clearTimeout(timer);
  const timer = setTimeout(() => {
    signal.removeEventListener('abort', cancel);
    if (!signal.aborted) fn();
  }, ms);
  signal.addEventListener('abort', cancel, { once: true });
}

/** Runs `fn` every `ms` until `signal` aborts. (A signal aborts once: its listeners run once.) */
export function every(signal: AbortSignal, ms: number, fn: () => void): void {
  const timer = setInterval(fn, ms);
  signal.addEventListener('abort', () => clearInterval(timer));
}

type IdleWorld = { requestIdleCallback?(fn: () => void, options: { timeout: number }): number; cancelIdleCallback?(id: number): void };

/**
 * Runs `fn` once the page's own work leaves the main thread idle (at the latest after `timeoutMs`),
 * unless `signal` has aborted by then: what nobody needs before the person acts waits until
 * LinkedIn has drawn its page. Where requestIdleCallback is missing, it runs after a task.
 */
export function whenIdle(signal: AbortSignal, fn: () => void, timeoutMs = 1000): void {
  const world = globalThis as IdleWorld;
  if (!world.requestIdleCallback || !world.cancelIdleCallback) return after(signal, 0, fn);
  if (signal.aborted) return;
  const cancel = () => world.cancelIdleCallback?.(id);
  const id = world.requestIdleCallback(() => {
    signal.removeEventListener('abort', cancel);
    if (!signal.aborted) fn();
  }, { timeout: timeoutMs });
  signal.addEventListener('abort', cancel, { once: true });
}
