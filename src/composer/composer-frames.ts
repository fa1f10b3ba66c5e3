// When the rest of a composer is drawn: in the next animation frame, before the browser paints,
// so the person never sees the composer without it (nor LinkedIn's buttons below it move a frame
// later). A page in a background tab gets no animation frames: there a timer stands in.

/** Past this, a page that gave no animation frame (hidden) gets the rest anyway. */
const HIDDEN_PAGE_MS = 100;

/** Runs `run` once: before the next paint, or after HIDDEN_PAGE_MS without one; never after `signal` ended. */
export function beforeNextPaint(run: () => void, signal: AbortSignal): void {
  let done = false;
  const once = () => {
    if (done || signal.aborted) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
  setTimeout(once, HIDDEN_PAGE_MS);
}
