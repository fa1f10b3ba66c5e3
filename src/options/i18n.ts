// The options page's words come from public/_locales (keys prefixed `options_`), through the
// browser's own i18n API, so the page follows the browser's language. Substitutions are named
// `{count}` tokens filled here: they read the same in every language file and avoid the `$`
// placeholder rules that differ a little between Chrome and Firefox.

type Substitutions = Record<string, string | number>;

function lookup(key: string): string {
  const i18n = typeof chrome === 'undefined' ? undefined : chrome.i18n;
  // An unknown key gives '' in the browser; showing the key makes a missing string visible.
  return i18n?.getMessage?.(key) || key;
}

export function t(key: string, substitutions?: Substitutions): string {
  const message = lookup(key);
  if (!substitutions) return message;
  return message.replace(/\{(\w+)\}/g, (token, name: string) =>
    Object.hasOwn(substitutions, name) ? String(substitutions[name]) : token,
  );
}

/** The language of the page's words, for dates and numbers that match them (see shared/ui/i18n.ts). */
export function uiLocale(): string {
  const i18n = typeof chrome === 'undefined' ? undefined : chrome.i18n;
  return i18n?.getMessage?.('ui_lang') || i18n?.getUILanguage?.() || 'en';
}
