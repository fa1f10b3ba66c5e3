// This page's one outbox (outbox.ts) and the notice that speaks for it. Every report the content
// script makes about the person's own actions goes through `report`.
import { createOutbox, newReportId, type Report } from './outbox';
import type { Notice } from '../composer/outbox-notice';
import { loadedComposer } from './composer-loader';
import { isExtensionAlive } from './runtime';
import { noteFailedSend, send } from './send';

export { newReportId };

// The notice and its words are composer.js's (composer/notice-words.ts): every report worth one is
// made by its parts, so it is here by then. Were it not, a report is called by the person's name,
// and the console says what was not recorded.
let notice: Notice | null = null;
const outbox = createOutbox({
  deliver: (r) => send(r),
  onFlushFailed: (r, error) => noteFailedSend(r.type, error),
  alive: isExtensionAlive,
  onTrouble(undelivered) {
    const module = loadedComposer();
    if (module) (notice ??= module.outboxNotice(document, () => outbox.forgetLost())).show(undelivered);
    else if (undelivered.length) console.warn('Rapport: not recorded', undelivered);
  },
});

// The page is going away (or into the back-forward cache, from which retries simply go on).
addEventListener('pagehide', () => outbox.flush());

/** Reports the person's own action; `who` names the person concerned (null: nothing to tell). */
export function report(r: Report, who: string | null): void {
  // Only reports worth a notice read the words (a page's profile.observed never does).
  outbox.add(r, who === null ? null : (loadedComposer()?.noticeWhat(r.type, who) ?? who));
}

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
  return Promise.race([outbox.idle(), new Promise<void>((resolve) => setTimeout(resolve, maxMs))]);
}
