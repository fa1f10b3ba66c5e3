// The side panel's strings, from public/_locales/<lang>/messages.json (keys start with
// `sidepanel_`). A missing key shows as the key itself, so it is noticed rather than blank.
import browser from '../shared/browser';

export function t(key: string, ...substitutions: (string | number)[]): string {
  const message = browser.i18n.getMessage(key, substitutions.map(String));
  return message || key;
}

/** The language the messages are in, as the messages themselves say (see src/popup/i18n.ts). */
export function uiLanguage(): string {
  return browser.i18n.getMessage('sidepanel_lang') || browser.i18n.getUILanguage() || 'en';
}
