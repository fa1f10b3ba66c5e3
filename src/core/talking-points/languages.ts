// Spoken languages as people write them — in English, German or another UI language ("German",
// "Deutsch", "allemand", "GERMAN", "de") — mapped to one key (the ISO code), so "German" on their
// profile matches "Deutsch" in your About you. The names come from the browser's own
// Intl.DisplayNames for the UI languages LinkedIn's readers know, plus each language's own name
// and a few spellings it lacks.
// Compared without case and accents ("Francais" is "Français").

/** Languages people list on profiles, by ISO 639-1 code (a bounded table: built once, lazily). */
const CODES = [
  'af', 'am', 'ar', 'az', 'be', 'bg', 'bn', 'bs', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en', 'eo', 'es', 'et', 'eu', 'fa', 'fi', 'fil', 'fr',
  'ga', 'gl', 'gu', 'ha', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'is', 'it', 'ja', 'jv', 'ka', 'kk', 'km', 'kn', 'ko', 'ku', 'ky', 'la', 'lb',
  'lo', 'lt', 'lv', 'mi', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'ne', 'nl', 'no', 'pa', 'pl', 'ps', 'pt', 'ro', 'ru', 'si', 'sk', 'sl',
  'so', 'sq', 'sr', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'tk', 'tl', 'tr', 'uk', 'ur', 'uz', 'vi', 'xh', 'yi', 'yo', 'zh', 'zu',
] as const;

/**
 * The UI languages whose names for languages are known: those of LinkedIn's readers
 * (src/linkedin/i18n.ts LANGS). Core may not import the reader, so the list is repeated here.
 */
export const LANGUAGE_NAME_LOCALES = ['en', 'fr', 'de', 'es', 'pt', 'pl'] as const;

/** Names Intl does not give: the language's own name, common spellings, and its ISO code. */
const EXTRA: Record<string, readonly string[]> = {
  en: ['english', 'en'], de: ['deutsch', 'de'], fr: ['français', 'fr'], es: ['español', 'castellano', 'es'], it: ['italiano', 'it'],
  pt: ['português', 'pt'], nl: ['nederlands', 'flemish', 'vlaams', 'nl'], pl: ['polski', 'pl'], sv: ['svenska', 'sv'], hu: ['magyar', 'hu'],
  tr: ['türkçe', 'tr'], ru: ['русский', 'ru'], zh: ['mandarin', 'cantonese', '中文', '普通话', 'zh'], ja: ['日本語', 'ja'], ar: ['العربية', 'ar'],
  hi: ['हिन्दी', 'hi'], no: ['norsk', 'norwegian bokmål', 'norwegian', 'nb'], fil: ['filipino', 'tagalog'], da: ['dansk'], fi: ['suomi'],
  cs: ['čeština'], ro: ['română'], el: ['ελληνικά'], uk: ['українська'], ko: ['한국어'], he: ['עברית'], id: ['bahasa indonesia'], vi: ['tiếng việt'],
};

/** Case, accents and spacing folded away: the form names are compared in. */
export const foldLanguageName = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();

let table: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const [code, aliases] of Object.entries(EXTRA)) for (const alias of aliases) table.set(foldLanguageName(alias), code);
  if (typeof Intl !== 'undefined' && typeof Intl.DisplayNames === 'function') {
    for (const locale of LANGUAGE_NAME_LOCALES) {
      let display: Intl.DisplayNames;
      try {
        display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
      } catch {
        continue;
      }
      for (const code of CODES) {
        const name = display.of(code);
        if (name && !table.has(foldLanguageName(name))) table.set(foldLanguageName(name), code);
      }
    }
  }
  return table;
}

/** The key of a known language's name ("German (native)" → "de"), or null for anything else. */
export function knownLanguageKey(name: string): string | null {
  const plain = foldLanguageName(name.replace(/\(.*?\)/g, ' '));
  return plain ? (names().get(plain) ?? null) : null;
}

/** A key for a language name ("Deutsch" → "de"); unknown names compare as written, case and accents aside. */
export function languageKey(name: string): string {
  return knownLanguageKey(name) ?? foldLanguageName(name.replace(/\(.*?\)/g, ' '));
}

/** The language's name in the note's language, or `fallback` (as written) when unknown. */
export function languageName(key: string, lang: 'en' | 'de', fallback: string): string {
  const written = fallback.replace(/\(.*?\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!(CODES as readonly string[]).includes(key) && !(key in EXTRA)) return written;
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }).of(key);
    return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : written;
  } catch {
    return written;
  }
}
