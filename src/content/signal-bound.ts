// Timers and listeners that end with a page: each takes the page's AbortSignal and does nothing
// once it has aborted, so nothing started for one person runs on after the person has gone.

/** Runs `fn` once after `ms`, unless `signal` aborts first. Returns a cancel. */
export function after(signal: AbortSignal, ms: number, fn: () => void): () => void {
  if (signal.aborted) return () => undefined;
  const cancel = () => {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  };
  const timer = setTimeout(() => {
    signal.removeEventListener('abort', cancel);
    if (!signal.aborted) fn();
  }, ms);
  signal.addEventListener('abort', cancel, { once: true });
  return cancel;
}

/** Runs `fn` every `ms` until `signal` aborts. */
export function every(signal: AbortSignal, ms: number, fn: () => void): void {
  if (signal.aborted) return;
  const timer = setInterval(fn, ms);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

/** `target.addEventListener`, removed when `signal` aborts. */
export function listen<K extends string>(
  target: EventTarget,
  type: K,
  listener: (event: Event) => void,
  signal: AbortSignal,
  options: Omit<AddEventListenerOptions, 'signal'> = {},
): void {
  target.addEventListener(type, listener, { ...options, signal });
}
