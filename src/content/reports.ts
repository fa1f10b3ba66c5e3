// This page's reports to the background. Every report but a page's own `profile.observed` is made
// by composer.js's parts, so the outbox (retries, order, idempotency keys, the notice, the
// `pagehide` flush) is composer.js's (composer/reports.ts). What content.js reports before
// composer.js is here (a profile viewed, nothing pressed yet) waits in a small queue of its own:
// sent in order, retried with backoff while the worker restarts (each report keeps its idempotency
// key, and profile.observed is latest-wins: applying it twice changes nothing), and handed to
// composer.js's outbox, ahead of anything newer, as soon as composer.js is in the page.
import { isRefusal, newReportId, RETRY_DELAYS, SLOW_RETRY_MS, type Report } from '../composer/outbox';
import type { ComposerModule } from '../composer/entry';
import { loadedComposer } from './composer-loader';
import { isExtensionAlive } from './runtime';
import { noteFailedSend, send } from './send';

export { newReportId };

export interface EarlyReportsOptions {
  deliver(report: Report): Promise<unknown>;
  /** False once the extension was reloaded or removed under this page: nothing can arrive any more. */
  alive(): boolean;
  /** composer.js once it is in the page (its outbox takes over), else null. */
  composer(): Pick<ComposerModule, 'report' | 'reportsIdle'> | null;
}

export interface EarlyReports {
  /** Reports the person's own action; `who` names the person concerned (null: nothing to tell). */
  report(r: Report, who: string | null): void;
  /** Resolves once what was reported so far is delivered (or refused, or lost). */
  delivered(): Promise<void>;
  /** The page is going away: every waiting report is sent once more, without waiting for answers. */
  flush(): void;
}

export function createEarlyReports(options: EarlyReportsOptions): EarlyReports {
  const queue: { r: Report; who: string | null }[] = [];
  let running: Promise<void> | null = null;
  /** composer.js's outbox, with what waits here handed to it first; null while it is not here. */
  const outbox = () => {
    const module = options.composer();
    if (module) for (const { r, who } of queue.splice(0)) module.report(r, who);
    return module;
  };
  async function run(): Promise<void> {
    let attempts = 0;
    for (let entry = queue[0]; entry; entry = queue[0]) {
      if (outbox()) return;
      if (!options.alive()) return console.warn('Rapport: not recorded', queue.splice(0));
      try {
        await options.deliver(entry.r);
      } catch (error) {
        if (!isRefusal(error)) {
          await new Promise((wake) => setTimeout(wake, RETRY_DELAYS[attempts++] ?? SLOW_RETRY_MS));
          continue;
        }
        noteFailedSend(entry.r.type, error);
      }
      attempts = 0;
      // Handed over while on its way (sent again from there: the background applies it once).
      if (queue[0] === entry) queue.shift();
    }
  }
  return {
    report(r, who) {
      const module = outbox();
      if (module) return module.report(r, who);
      queue.push({ r, who });
      running ??= run().finally(() => (running = null));
    },
    async delivered() {
      if (!outbox()) await running;
      await options.composer()?.reportsIdle();
    },
    flush() {
      for (const { r } of queue) options.deliver(r).catch((error: unknown) => noteFailedSend(r.type, error));
    },
  };
}

const early = createEarlyReports({ deliver: send, alive: isExtensionAlive, composer: loadedComposer });
// The page is going away (or into the back-forward cache, from which retries simply go on).
addEventListener('pagehide', () => early.flush());

/** Reports the person's own action; `who` names the person concerned (null: nothing to tell). */
export const report = early.report;

/**
 * The composer's data (templates, settings, what is known of the person at `profileUrl`), asked for
 * after this page's own reports are delivered: the composer's guard and counts then include them.
 * The one loader of both content scripts (content.js and message-frame.js).
 */
export async function loadComposerData(profileUrl: string | undefined) {
  await reportsDelivered();
  return send({ type: 'composer.load', profileUrl }).catch((error: unknown) => {
    noteFailedSend('composer.load', error);
    throw error;
  });
}

/**
 * Waits (at most `maxMs`) until this page's reports are delivered, so that data read next from the
 * background includes them: the composer at LinkedIn's weekly-limit step must not see the send it
 * is about to take back as "already invited".
 */
export function reportsDelivered(maxMs = 2000): Promise<void> {
  return Promise.race([early.delivered(), new Promise<void>((resolve) => setTimeout(resolve, maxMs))]);
}
