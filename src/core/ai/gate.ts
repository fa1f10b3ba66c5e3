// One request to the model at a time: a second one while the first runs is refused (the
// buttons are disabled meanwhile), the person can cancel, and a request that runs past its
// time is abandoned — even when the model ignores the abort signal, the caller is answered.

export type GateOutcome = 'done' | 'cancelled' | 'timeout' | 'busy' | 'failed';

export interface GateResult<T> {
  outcome: GateOutcome;
  value?: T;
}

export const DEFAULT_TIMEOUT_MS = 45_000;

export class OneAtATime {
  private running: AbortController | null = null;

  get busy(): boolean {
    return this.running !== null;
  }

  /** Runs `work`, or answers 'busy' when another request is running. */
  async run<T>(work: (signal: AbortSignal) => Promise<T>, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<GateResult<T>> {
    if (this.running) return { outcome: 'busy' };
    const controller = new AbortController();
    this.running = controller;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stopped = new Promise<GateOutcome>((resolve) => {
      timer = setTimeout(() => controller.abort('timeout'), timeoutMs);
      controller.signal.addEventListener('abort', () => resolve(controller.signal.reason === 'timeout' ? 'timeout' : 'cancelled'), { once: true });
    });
    try {
      const settled = await Promise.race([
        work(controller.signal).then((value) => ({ value }), () => ({ failed: true as const })),
        stopped.then((outcome) => ({ outcome })),
      ]);
      if ('outcome' in settled) return { outcome: settled.outcome };
      // The work may have failed because it was aborted: say why.
      if ('failed' in settled) return { outcome: controller.signal.aborted ? (controller.signal.reason === 'timeout' ? 'timeout' : 'cancelled') : 'failed' };
      return { outcome: 'done', value: settled.value };
    } finally {
      clearTimeout(timer);
      if (!controller.signal.aborted) controller.abort('finished');
      this.running = null;
    }
  }

  /** Stops the running request; false when there was none. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.abort('cancelled');
    return true;
  }
}
