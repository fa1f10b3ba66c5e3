// Timers that end with a page: each takes the page's AbortSignal and does nothing once it has
// aborted, so nothing started for one person runs on after the person has gone. (Listeners take
// the signal itself: `addEventListener(type, fn, { signal })`.)

/** Runs `fn` once after `ms`, unless `signal` has aborted by then. */
export function after(signal: AbortSignal, ms: number, fn: () => void): void {
  const timer = setTimeout(() => signal.aborted || fn(), ms);
  signal.addEventListener('abort', () => clearTimeout(timer));
}

/** Runs `fn` every `ms` until `signal` aborts. (A signal aborts once: its listeners run once.) */
export function every(signal: AbortSignal, ms: number, fn: () => void): void {
  const timer = setInterval(fn, ms);
  signal.addEventListener('abort', () => clearInterval(timer));
}
