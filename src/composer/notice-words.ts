// The outbox notice's words (content_* keys in public/_locales) and what each report is called in
// them. Read at the first report worth a notice (noticeWhat), while the extension's APIs answer:
// the person just acted. After an extension reload they throw, and that is exactly when the notice
// must still speak: composer/i18n.ts keeps every message it was given for the page's life.
import { createNotice, type Notice, type NoticeText } from './outbox-notice';
import { t } from './i18n';

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

// Always one substitution (empty for Dismiss): each message is kept as first read.
const say: NoticeText = (key, what = '') => t(KEYS[key]!, what);

/** What the notice would call the report of type `type` about `who`; reads all of the notice's words. */
export function noticeWhat(type: string, who: string): string {
  for (const key of Object.values(KEYS)) t(key, '');
  return t(KEYS[type in KEYS ? type : 'invitation.withdraw-clicked']!, who);
}

/** The notice the outbox shows (reports.ts), in these words. */
export const outboxNotice = (doc: Document, onDismiss: () => void): Notice => createNotice(doc, say, onDismiss);
