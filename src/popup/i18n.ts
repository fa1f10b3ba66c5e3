// The popup's strings, from public/_locales/<lang>/messages.json (keys start with `popup_`).
// A missing key shows as the key itself, so it is noticed in a screenshot rather than blank.
import browser from '../shared/browser';
import { pluralForm } from './format';

export function t(key: string, ...substitutions: (string | number)[]): string {
  const message = browser.i18n.getMessage(key, substitutions.map(String));
  return message || key;
}

/**
 * The language the popup's messages are in, named by the messages themselves (`popup_lang`):
 * getUILanguage() and @@ui_locale can disagree with the message files Chromium picked (with
 * --lang=de headless Chromium shows German messages and reports en-US).
 */
export function uiLanguage(): string {
  return browser.i18n.getMessage('popup_lang') || browser.i18n.getUILanguage() || 'en';
}

/** The message `<key>_one` or `<key>_other` by the count's plural form, with the count as $1. */
export function tCount(key: string, count: number, ...more: (string | number)[]): string {
  return t(`${key}_${pluralForm(count, uiLanguage())}`, count.toLocaleString(uiLanguage()), ...more);
}
