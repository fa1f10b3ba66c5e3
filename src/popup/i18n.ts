// The popup's strings (keys start with `popup_`): the shared t(), the UI language (asked once),
// and counts and their plural forms in that language.
import { t, uiLanguage as askedUiLanguage } from '../shared/ui/i18n';
import { countText, pluralForm } from './format';

export { t };

let language: string | undefined;

/** The popup's language, asked once: it does not change while the popup is open. */
export function uiLanguage(): string {
  return (language ??= askedUiLanguage());
}

/** A count in the popup's language ("10,000"). */
export function count(n: number): string {
  return countText(n, uiLanguage());
}

/** The message `<key>_one` or `<key>_other` by the count's plural form, with the count as $1. */
export function tCount(key: string, count: number, ...more: (string | number)[]): string {
  return t(`${key}_${pluralForm(count, uiLanguage())}`, countText(count, uiLanguage()), ...more);
}

/** How long ago an invitation went out: "today", "1 day ago", "5 days ago" (never "0 days ago"). */
export function sinceSent(days: number): string {
  return days <= 0 ? t('popup_sent_today') : tCount('popup_days_ago', days);
}
