// Dates in the history, written the way the browser's language writes them.
import type { Conversation } from '../../core/schemas';
import { t, uiLocale } from '../i18n';

let formatter: Intl.DateTimeFormat | null = null;

export function formatDay(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  formatter ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' });
  return formatter.format(date);
}

/**
 * When the status last changed: the recorded date; for a pending invitation its sending; otherwise
 * null, because nobody saw the change happen (an undated import, or a withdrawal noticed later).
 */
export function statusSince(row: { status: string; sentAt: string; statusChangedAt?: string | undefined }): string | null {
  if (row.statusChangedAt) return formatDay(row.statusChangedAt);
  return row.status === 'pending' ? formatDay(row.sentAt) : null;
}

/**
 * The conversation after acceptance in one cell (issue #21): its stage and since when, and in
 * full (for the title) every date known — requested, followed up, and the stage's own date.
 */
export function conversationCell(conversation: Conversation | undefined): { text: string; full: string } | null {
  if (!conversation) return null;
  const stage = t(`options_conv_${conversation.stage}`);
  const stageDate = conversation.stage === 'requested' ? conversation.requestedAt : (conversation.stageChangedAt ?? conversation.requestedAt);
  const parts = [t('options_conv_detail', { requested: formatDay(conversation.requestedAt) })];
  if (conversation.followedUpAt) parts.push(t('options_conv_detail_followed_up', { date: formatDay(conversation.followedUpAt) }));
  if (conversation.stage !== 'requested') parts.push(t('options_conv_detail_stage', { stage, date: formatDay(stageDate) }));
  return { text: `${stage} · ${formatDay(stageDate)}`, full: parts.join('; ') };
}
