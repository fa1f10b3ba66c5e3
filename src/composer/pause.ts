// Runs `fn` once typing pauses for `ms`. A keystroke only notes its time: the one timer, when it
// fires early, waits out the rest. Re-arming a timer on every keystroke would cost each keystroke
// two calls into the browser, and a keystroke's budget is the count's.
export interface Pause {
  /** Another keystroke: `fn` runs `ms` after the last one. */
  poke(): void;
  cancel(): void;
}

export function createPause(ms: number, fn: () => void): Pause {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    const waited = Date.now() - last;
    if (waited < ms) {
      timer = setTimeout(fire, ms - waited);
      return;
    }
    timer = undefined;
    fn();
  };
  return {
    poke() {
      last = Date.now();
      timer ??= setTimeout(fire, ms);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
