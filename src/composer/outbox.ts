// The content scripts' outbox, in composer.js: every report to the background (an invitation sent,
// refused or withdrawn, a correction, a message request) stays here until the background
// acknowledges it. (Each is made by composer.js's parts; what content.js reports before composer.js
// is here waits in content/reports.ts and is handed over first.) MV3 stops the service worker
// whenever it likes, also while a message is on its way: that is normal, not an error. So a report is retried with backoff until the background answers, and carries an
// idempotency key (`reportId`) with which the background applies a report delivered twice (stored,
// then the answer lost with the worker) once. Reports go one at a time, in the order they were
// made, so a refusal never overtakes the send it takes back.
//
// Where pending reports live: in this script's memory only. Not in sessionStorage or the DOM (the
// page reads both), and not in storage.session: content scripts may use it only once the background
// opens the whole area to every content script (setAccessLevel), it is cleared by the very
// extension reload that would make it useful, and storage stays the background's. Memory lives
// through worker restarts, the common case; it ends with the page, so `pagehide` sends what is
// pending once more (flush). An extension reload or update cuts this script off from the
// extension for good: what is pending then is shown to the person as not recorded.
import type { RequestInputOf } from '../shared/messages';

export type Report =
  | RequestInputOf<'invitation.sent'>
  | RequestInputOf<'invitation.refused'>
  | RequestInputOf<'invitation.withdraw-clicked'>
  | RequestInputOf<'profile.observed'>
  | RequestInputOf<'profile.correct'>
  | RequestInputOf<'conversation.request-sent'>;

import type { Undelivered } from './outbox-notice';

export type { Undelivered } from './outbox-notice';

export interface OutboxOptions {
  deliver(report: Report): Promise<unknown>;
  /** False once the extension was reloaded or removed under this page: nothing can arrive any more. */
  alive(): boolean;
  /** Called when the list of reports the person must hear about changes ([] when all is well). */
  onTrouble(undelivered: Undelivered[]): void;
  /** A last send as the page goes away failed: said, never swallowed. */
  onFlushFailed?(report: Report, error: unknown): void;
  /** Waits before each retry. Once they are used up the person is told, and retries go on every `slowRetryMs`. */
  delays?: readonly number[];
  slowRetryMs?: number;
}

export interface Outbox {
  /** Queues a report; `what` (null: nothing worth telling) is what the person is told if it cannot be delivered. */
  add(report: Report, what: string | null): void;
  /** The page is going away: every pending report is sent once more, without waiting for answers. */
  flush(): void;
  /** The person dismissed the notice: reports that can never be delivered are not repeated. */
  forgetLost(): void;
  pending(): number;
  /** Resolves once nothing is pending (delivered, refused or lost): what is read next includes it. */
  idle(): Promise<void>;
}

/** About 15 s of quick retries (a stopped worker starts again within a second), then the person is told. */
export const RETRY_DELAYS: readonly number[] = [100, 200, 400, 800, 1600, 3200, 5000, 5000];
export const SLOW_RETRY_MS = 30_000;

/** Codes with which the background refused the report itself: sending it again cannot help. */
const REFUSED = new Set(['invalid-message', 'forbidden-sender', 'not-found', 'invalid-import']);
/** Whether the background refused the report: read by the error's code, whichever copy of RapportError made it. */
const isRefusal = (error: unknown): boolean => REFUSED.has((error as { code?: string } | null)?.code ?? '');

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** 12 random base-36 characters: the report's idempotency key (and its invitation's id). */
export function newReportId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => ALPHABET[b % 36]).join('');
}

interface Entry {
  report: Report;
  what: string | null;
  attempts: number;
}

export function createOutbox(options: OutboxOptions): Outbox {
  const delays = options.delays ?? RETRY_DELAYS;
  const slowRetryMs = options.slowRetryMs ?? SLOW_RETRY_MS;
  const queue: Entry[] = [];
  const lost: Undelivered[] = [];
  let running = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let cutOff = false;
  let idleWaiters: (() => void)[] = [];
  const wakeIfIdle = () => {
    if (queue.length) return;
    for (const wake of idleWaiters) wake();
    idleWaiters = [];
  };
  /** What the person was last told (the same list is not shown again). */
  let told = '[]';

  /** The head has used up its quick retries (everything behind it waits with it). */
  /** At most this many lines about lost reports (a page left open for days stays readable). */
  const remember = (u: Undelivered) => lost.splice(0, Math.max(0, lost.push(u) - 20));
  const stuck = () => (queue[0]?.attempts ?? 0) > delays.length;

  function tell(): void {
    const waiting = stuck() ? queue.filter((e) => e.what !== null).map((e) => ({ what: e.what!, why: 'waiting' as const })) : [];
    const list = [...lost, ...waiting];
    const said = JSON.stringify(list);
    if (said === told) return;
    told = said;
    options.onTrouble(list);
  }

  function loseAll(): void {
    cutOff = true;
    clearTimeout(retry);
    for (const entry of queue.splice(0)) if (entry.what !== null) remember({ what: entry.what, why: 'cut-off' });
    tell();
    wakeIfIdle();
  }

  async function pump(): Promise<void> {
    if (running || retry !== undefined || cutOff) return;
    running = true;
    try {
      for (let entry = queue[0]; entry; entry = queue[0]) {
        if (!options.alive()) return loseAll();
        let refused = false;
        try {
          await options.deliver(entry.report);
        } catch (error) {
          if (!options.alive()) return loseAll();
          if (!isRefusal(error)) {
            entry.attempts += 1;
            const wait = delays[entry.attempts - 1] ?? slowRetryMs;
            retry = setTimeout(() => {
              retry = undefined;
              void pump();
            }, wait);
            if (entry.attempts === delays.length + 1) tell();
            return;
          }
          refused = entry.what !== null;
          if (refused) remember({ what: entry.what!, why: 'refused' });
        }
        const wasStuck = stuck();
        queue.shift();
        if (wasStuck || refused) tell();
        wakeIfIdle();
      }
    } finally {
      running = false;
    }
  }

  return {
    add(report, what) {
      if (cutOff || !options.alive()) {
        queue.push({ report, what, attempts: 0 });
        loseAll();
        return;
      }
      queue.push({ report, what, attempts: 0 });
      void pump();
    },
    flush() {
      // The one in flight (if any) is sent again too: the background applies it once either way.
      for (const entry of queue) void options.deliver(entry.report).catch((error: unknown) => options.onFlushFailed?.(entry.report, error));
    },
    forgetLost() {
      lost.length = 0;
      told = '';
    },
    pending: () => queue.length,
    idle: () => (queue.length ? new Promise<void>((resolve) => idleWaiters.push(resolve)) : Promise.resolve()),
  };
}
