// Dates in the history, written the way the browser's language writes them.
import { uiLocale } from '../i18n';

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
