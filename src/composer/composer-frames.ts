// When the rest of a composer is drawn: in the next animation frame, before the browser paints,
// so the person never sees the composer without it (nor LinkedIn's buttons below it move a frame
// later). A page in a background tab gets no animation frames: there a timer stands in.

/** Past this, a page that gave no animation frame (hidden) gets the rest anyway. */
const HIDDEN_PAGE_MS = 100;

/** Runs `run` once: before the next paint, or after HIDDEN_PAGE_MS without one; never after `signal` ended. */
export function beforeNextPaint(run: () => void, signal: AbortSignal): void {
  let done = false;
  let frame: number | null = null;
  const once = () => {
    if (done || signal.aborted) return;
    done = true;
    // Whichever came first: the other is not left pending (nor a timer per composer mounted).
    clearTimeout(timer);
    if (frame !== null) cancelAnimationFrame(frame);
    run();
  };
  const timer = setTimeout(once, HIDDEN_PAGE_MS);
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(once);
}

/**
 * Runs `run` once just after the next paint (a task queued from the frame's callback runs once
 * the frame is out), or after HIDDEN_PAGE_MS without a frame; never after `signal` ended. For
 * what the person does not see in the first frame: it must not delay that frame.
 */
export function afterNextPaint(run: () => void, signal: AbortSignal): void {
  beforeNextPaint(() => setTimeout(() => signal.aborted || run(), 0), signal);
}

/** Which parts of one composer are drawn yet. */
export interface ComposerParts {
  /**
   * Whether the rest (facts line, talking points, coach, writing help) is drawn: the note step's
   * first draw is what makes it usable (counter, template, Insert, preview) and leaves it out;
   * the other steps have none.
   */
  rest(): boolean;
  /**
   * After the first draw: the rest, if it was left out, with `draw` before the next paint; then
   * `afterPaint` once that frame is out (as afterNextPaint; one frame callback and timer for both).
   */
  follow(draw: () => void, signal: AbortSignal, afterPaint?: () => void): void;
}

export function composerParts(step: string, atOnce: boolean): ComposerParts {
  let whole = step !== 'note' || atOnce;
  return {
    rest: () => step === 'note' && whole,
    follow(draw, signal, afterPaint) {
      if (whole && !afterPaint) return;
      beforeNextPaint(() => {
        if (!whole) {
          whole = true;
          draw();
        }
        if (afterPaint) setTimeout(() => signal.aborted || afterPaint(), 0);
      }, signal);
    },
  };
}
