// The document's one outbox (outbox.ts) and the notice that speaks for it, in composer.js: every
// report about the person's own actions is made by composer.js's parts (the note and message
// composers, the withdrawal reader), and what content.js reported before composer.js was in the
// page (content/reports.ts) is handed here first. composer.js is injected once per document and
// stays, so this outbox lives as long as the page.
import { createOutbox, type Report } from './outbox';
import type { Notice } from './outbox-notice';
import { noticeWhat, outboxNotice } from './notice-words';
import { isExtensionAlive } from '../content/runtime';
import { noteFailedSend, send } from '../content/send';

let notice: Notice | null = null;
const outbox = createOutbox({
  deliver: (r) => send(r),
  onFlushFailed: (r, error) => noteFailedSend(r.type, error),
  alive: isExtensionAlive,
  onTrouble: (undelivered) => (notice ??= outboxNotice(document, () => outbox.forgetLost())).show(undelivered),
});

// The page is going away (or into the back-forward cache, from which retries simply go on).
addEventListener('pagehide', () => outbox.flush());

/** Queues the person's own action; `who` names the person concerned (null: nothing worth a notice). */
export function report(r: Report, who: string | null): void {
  // Only reports worth a notice read the words (a page's profile.observed never does).
  outbox.add(r, who === null ? null : noticeWhat(r.type, who));
}

/** Resolves once every report made so far is delivered (or refused, or lost). */
export const reportsIdle = (): Promise<void> => outbox.idle();
