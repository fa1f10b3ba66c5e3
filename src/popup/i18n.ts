// The popup's strings (keys start with `popup_`): the shared t() and uiLanguage(), and plural
// forms for counts.
import { t, uiLanguage } from '../shared/ui/i18n';
import { pluralForm } from './format';

export { t, uiLanguage };

/** The message `<key>_one` or `<key>_other` by the count's plural form, with the count as $1. */
export function tCount(key: string, count: number, ...more: (string | number)[]): string {
  return t(`${key}_${pluralForm(count, uiLanguage())}`, count.toLocaleString(uiLanguage()), ...more);
}
