// This page's one outbox (outbox.ts) and the notice that speaks for it. Every report the content
// script makes about the person's own actions goes through `report`.
import { t } from './i18n';
import { createOutbox, newReportId, type Report } from './outbox';
import { createNotice, type NoticeText } from './outbox-notice';
import { isExtensionAlive } from './runtime';
import { noteFailedSend, send } from './send';

export { newReportId };

// Read at the first report worth a notice, while the extension's APIs answer (the person just acted): after an
// extension reload they throw, and that is exactly when the notice must still speak. Not at load:
// the browser's first getMessage loads the whole catalogue, a cost every LinkedIn page would pay.
// \u0001 stands for what was not recorded.
const HOLE = '\u0001';
const template = (key: string) => {
  const message = t(key, HOLE);
  return (what: string) => message.replace(HOLE, what);
};
interface Words extends NoticeText {
  invitationTo(who: string): string;
  withdrawalOf(who: string): string;
  refusalOf(who: string): string;
  messageTo(who: string): string;
}
let words: Words | null = null;
const wordsNow = (): Words =>
  (words ??= {
    waiting: template('content_outbox_waiting'),
    cutOff: template('content_outbox_cut_off'),
    refused: template('content_outbox_refused'),
    dismiss: t('content_outbox_dismiss'),
    invitationTo: template('content_outbox_invitation'),
    withdrawalOf: template('content_outbox_withdrawal'),
    refusalOf: template('content_outbox_refusal'),
    messageTo: template('content_outbox_conversation'),
  });
const text: NoticeText = {
  waiting: (what) => wordsNow().waiting(what),
  cutOff: (what) => wordsNow().cutOff(what),
  refused: (what) => wordsNow().refused(what),
  get dismiss() {
    return wordsNow().dismiss;
  },
};

const notice = createNotice(document, text, () => outbox.forgetLost());
const outbox = createOutbox({
  deliver: (r) => send(r),
  onFlushFailed: (r, error) => noteFailedSend(r.type, error),
  alive: isExtensionAlive,
  onTrouble: (undelivered) => notice.show(undelivered),
});

// The page is going away (or into the back-forward cache, from which retries simply go on).
addEventListener('pagehide', () => outbox.flush());

/** Reports the person's own action; `who` names the person concerned (null: nothing to tell). */
export function report(r: Report, who: string | null): void {
  // Only reports worth a notice read the words (a page's profile.observed never does).
  const w = who === null ? null : wordsNow();
  const what = !w || who === null ? null
    : r.type === 'invitation.sent' ? w.invitationTo(who)
    : r.type === 'invitation.refused' ? w.refusalOf(who)
    : r.type === 'conversation.request-sent' ? w.messageTo(who)
    : w.withdrawalOf(who);
  outbox.add(r, what);
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
