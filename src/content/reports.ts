// This page's reports to the background. Every report but a page's own `profile.observed` is made
// by composer.js's parts, so the outbox (retries, order, idempotency keys, the notice, the
// `pagehide` flush) is composer.js's (composer/reports.ts). What content.js reports before
// composer.js is here (a profile viewed, nothing pressed yet) waits in a small queue of its own:
// sent in order, retried with backoff while the worker restarts, and handed to composer.js's
// outbox, ahead of anything newer, as soon as composer.js is in the page. profile.observed needs
// no idempotency key: the background applies it as latest-wins, so twice changes nothing.
import type { Report } from '../composer/outbox';
import type { ComposerModule } from '../composer/entry';
import { loadedComposer } from './composer-loader';
import { isExtensionAlive } from './runtime';
import { noteFailedSend, send } from './send';

/**
 * Retries of a report that failed, the first 100 ms later, each wait twice the last: about 100 s
 * in all (a stopped worker starts again within a second). Then it is said and counted (a report
 * the background refuses fails every time), and the next view of the profile reports it again.
 */
const RETRIES = 10;

export interface EarlyReportsOptions {
  deliver(report: Report): Promise<unknown>;
  /** False once the extension was reloaded or removed under this page: nothing can arrive any more. */
  alive(): boolean;
  /** composer.js once it is in the page (its outbox takes over), else null. */
  composer(): Pick<ComposerModule, 'report' | 'reportsIdle'> | null;
}

export interface EarlyReports {
  /** Reports what the page showed (nothing worth a notice: composer.js's parts report the person's actions). */
  report(r: Report): void;
  /** Resolves once what was reported so far is delivered (or given up). */
  delivered(): Promise<void>;
  /** The page is going away: every waiting report is sent once more, without waiting for answers. */
  flush(): void;
}

export function createEarlyReports(options: EarlyReportsOptions): EarlyReports {
  const queue: Report[] = [];
  let running: Promise<void> | null = null;
  /** composer.js's outbox, with what waits here handed to it first; null while it is not here. */
  const outbox = () => {
    const module = options.composer();
    if (module) for (const r of queue.splice(0)) module.report(r, null);
    return module;
  };
  async function run(): Promise<void> {
    let attempts = 0;
    for (let r = queue[0]; r; r = queue[0]) {
      if (outbox()) return;
      if (!options.alive()) return console.warn('Rapport: not recorded', queue.splice(0));
      try {
        await options.deliver(r);
      } catch (error) {
        if (++attempts <= RETRIES) {
          await new Promise((wake) => setTimeout(wake, 50 << attempts));
          continue;
        }
        noteFailedSend(r.type, error);
      }
      attempts = 0;
      // Handed over while on its way (sent again from there: the background applies it once).
      if (queue[0] === r) queue.shift();
    }
  }
  return {
    report(r) {
      const module = outbox();
      if (module) return module.report(r, null);
      queue.push(r);
      running ??= run().finally(() => (running = null));
    },
    async delivered() {
      if (!outbox()) await running;
      await options.composer()?.reportsIdle();
    },
    flush() {
      for (const r of queue) options.deliver(r).catch((error: unknown) => noteFailedSend(r.type, error));
    },
  };
}

const early = createEarlyReports({ deliver: send, alive: isExtensionAlive, composer: loadedComposer });
// The page is going away (or into the back-forward cache, from which retries simply go on).
addEventListener('pagehide', () => early.flush());

/** Reports what the page showed (a profile's `profile.observed`). */
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
