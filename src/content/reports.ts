// This page's one outbox (outbox.ts) and the notice that speaks for it. Every report the content
// script makes about the person's own actions goes through `report`.
import { t } from '../composer/i18n';
import { createOutbox, newReportId, type Report } from './outbox';
import { createNotice, type NoticeText } from './outbox-notice';
import { isExtensionAlive } from './runtime';
import { send } from './send';

export { newReportId };

// Read now, while the extension's APIs answer: after an extension reload they throw, and that is
// exactly when the notice must still speak. \u0001 stands for what was not recorded.
const HOLE = '\u0001';
const template = (key: string) => {
  const message = t(key, HOLE);
  return (what: string) => message.replace(HOLE, what);
};
const text: NoticeText = {
  waiting: template('content_outbox_waiting'),
  cutOff: template('content_outbox_cut_off'),
  refused: template('content_outbox_refused'),
  dismiss: t('content_outbox_dismiss'),
};
const invitationTo = template('content_outbox_invitation');
const withdrawalOf = template('content_outbox_withdrawal');
const refusalOf = template('content_outbox_refusal');
const messageTo = template('content_outbox_conversation');
const WHAT: Partial<Record<Report['type'], (who: string) => string>> = {
  'invitation-sent': invitationTo,
  'invitation.refused': refusalOf,
  'conversation.request-sent': messageTo,
};

const notice = createNotice(document, text, () => outbox.forgetLost());
const outbox = createOutbox({
  deliver: (r) => send(r),
  alive: isExtensionAlive,
  onTrouble: (undelivered) => notice.show(undelivered),
});

// The page is going away (or into the back-forward cache, from which retries simply go on).
addEventListener('pagehide', () => outbox.flush());

/** Reports the person's own action; `who` names the person concerned (null: nothing to tell). */
export function report(r: Report, who: string | null): void {
  const what = who === null ? null : (WHAT[r.type] ?? withdrawalOf)(who);
  outbox.add(r, what);
}

/**
 * Waits (at most `maxMs`) until this page's reports are delivered, so that data read next from the
 * background includes them: the composer at LinkedIn's weekly-limit step must not see the send it
 * is about to take back as "already invited".
 */
export function reportsDelivered(maxMs = 2000): Promise<void> {
  return Promise.race([outbox.idle(), new Promise<void>((resolve) => setTimeout(resolve, maxMs))]);
}
