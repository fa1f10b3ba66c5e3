// The composer's strings, from public/_locales/<lang>/messages.json (keys start with `composer_`).
// The composer runs in the content script, which must not load webextension-polyfill (payload
// budget), so this asks the browser's own i18n API directly. A missing key shows as the key
// itself, so a forgotten string is noticed rather than shown blank.

interface I18nLike {
  getMessage(key: string, substitutions?: string[]): string;
}

const api = globalThis as { browser?: { i18n?: I18nLike }; chrome?: { i18n?: I18nLike } };

export function t(key: string, ...substitutions: (string | number)[]): string {
  let message = '';
  try {
    message = (api.browser?.i18n ?? api.chrome?.i18n)?.getMessage(key, substitutions.map(String)) ?? '';
  } catch {
    // The extension was reloaded under this page: its APIs throw until the page reloads.
  }
  return message || key;
}
