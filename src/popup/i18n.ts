// The popup's strings (keys start with `popup_`): the shared t() and uiLanguage(), and plural
// forms for counts.
import { t, uiLanguage } from '../shared/ui/i18n';
import { pluralForm } from './format';

export { t, uiLanguage };

/** The message `<key>_one` or `<key>_other` by the count's plural form, with the count as $1. */
export function tCount(key: string, count: number, ...more: (string | number)[]): string {
  return t(`${key}_${pluralForm(count, uiLanguage())}`, count.toLocaleString(uiLanguage()), ...more);
}

/** How long ago an invitation went out: "today", "1 day ago", "5 days ago" (never "0 days ago"). */
export function sinceSent(days: number): string {
  return days <= 0 ? t('popup_sent_today') : tCount('popup_days_ago', days);
}
