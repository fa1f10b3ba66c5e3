// Strings for Rapport's own pages (popup, side panel), from public/_locales/<lang>/messages.json.
// A missing key shows as the key itself, so it is noticed in a screenshot rather than blank.
import browser from '../browser';

export function t(key: string, ...substitutions: (string | number)[]): string {
  const message = browser.i18n.getMessage(key, substitutions.map(String));
  return message || key;
}

/**
 * The language the messages are in, named by the messages themselves (`ui_lang`):
 * getUILanguage() and @@ui_locale can disagree with the message files the browser picked (with
 * --lang=de headless Chromium shows German messages and reports en-US).
 */
export function uiLanguage(): string {
  return browser.i18n.getMessage('ui_lang') || browser.i18n.getUILanguage() || 'en';
}
