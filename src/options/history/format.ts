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
