// This page's one outbox (outbox.ts) and the notice that speaks for it. Every report the content
// script makes about the person's own actions goes through `report`.
import { t } from './i18n';
import { createOutbox, newReportId, type Report } from './outbox';
import type { Notice } from '../composer/outbox-notice';
import { loadedComposer } from './composer-loader';
import { isExtensionAlive } from './runtime';
import { noteFailedSend, send } from './send';

export { newReportId };

// The notice's words and what each report is called in them, by locale key (content_* in
// public/_locales). Read at the first report worth a notice, while the extension's APIs answer (the
// person just acted): after an extension reload they throw, and that is exactly when the notice must
// still speak. Not at load: the browser's first getMessage loads the whole catalogue, a cost every
// LinkedIn page would pay. \u0001 stands for what was not recorded.
const HOLE = '\u0001';
const KEYS: Readonly<Record<string, string>> = {
  waiting: 'content_outbox_waiting',
  'cut-off': 'content_outbox_cut_off',
  refused: 'content_outbox_refused',
  dismiss: 'content_outbox_dismiss',
  'invitation.sent': 'content_outbox_invitation',
  'invitation.refused': 'content_outbox_refusal',
  'conversation.request-sent': 'content_outbox_conversation',
  'invitation.withdraw-clicked': 'content_outbox_withdrawal',
};
let words: Record<string, string> | null = null;
const say = (key: string, what = '') => (words ??= Object.fromEntries(Object.keys(KEYS).map((k) => [k, t(KEYS[k]!, HOLE)])))[key]!.replace(HOLE, () => what);

// The notice is composer.js's (composer/outbox-notice.ts): every report worth one is made by its
// parts, so it is here by then. Were it not, the console says what was not recorded.
let notice: Notice | null = null;
const outbox = createOutbox({
  deliver: (r) => send(r),
  onFlushFailed: (r, error) => noteFailedSend(r.type, error),
  alive: isExtensionAlive,
  onTrouble(undelivered) {
    const module = loadedComposer();
    if (module) (notice ??= module.createNotice(document, say, () => outbox.forgetLost())).show(undelivered);
    else if (undelivered.length) console.warn('Rapport: not recorded', undelivered);
  },
});

// The page is going away (or into the back-forward cache, from which retries simply go on).
addEventListener('pagehide', () => outbox.flush());

/** Reports the person's own action; `who` names the person concerned (null: nothing to tell). */
export function report(r: Report, who: string | null): void {
  // Only reports worth a notice read the words (a page's profile.observed never does).
  outbox.add(r, who === null ? null : say(r.type in KEYS ? r.type : 'invitation.withdraw-clicked', who));
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
