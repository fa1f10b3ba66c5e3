// The content script's own few strings (the outbox notice: `content_*` keys in
// public/_locales/<lang>/messages.json), asked of the browser's i18n API directly. Not the
// composer's t() (composer/i18n.ts): its per-page cache is for a composer drawn on every keystroke,
// and content.js, on every LinkedIn page, need not carry it for a notice read once. A missing key
// shows as the key itself, so a forgotten string is noticed rather than shown blank.

interface I18nLike {
  getMessage(key: string, substitutions?: string[]): string;
}

const api = globalThis as { browser?: { i18n?: I18nLike }; chrome?: { i18n?: I18nLike } };

export function t(key: string, ...substitutions: string[]): string {
  try {
    return (api.browser?.i18n ?? api.chrome?.i18n)?.getMessage(key, substitutions) || key;
  } catch {
    // The extension was reloaded under this page: its APIs throw until the page reloads.
    return key;
  }
}
