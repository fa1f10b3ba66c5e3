// Spoken languages as people write them — in English, German or another UI language ("German",
// "Deutsch", "allemand", "GERMAN", "de") — mapped to one key (the ISO code), so "German" on their
// profile matches "Deutsch" in your About you. Compared without case and accents ("Francais" is
// "Français"). A static table holds each common language's English, German and own name (taken
// from Intl.DisplayNames once, written down: building it in the page costs 45-260 ms in Chromium);
// a name not in it is looked up in the browser's Intl names for the readers' other UI languages,
// built once and only when such a name turns up.

/** English name | German name | the language's own name (when different), by ISO 639 code. */
const NAMES: Readonly<Record<string, string>> = {
  en: 'English|Englisch', de: 'German|Deutsch', fr: 'French|Französisch|français', es: 'Spanish|Spanisch|español',
  it: 'Italian|Italienisch|italiano', pt: 'Portuguese|Portugiesisch|português', nl: 'Dutch|Niederländisch|Nederlands',
  pl: 'Polish|Polnisch|polski', sv: 'Swedish|Schwedisch|svenska', da: 'Danish|Dänisch|dansk', no: 'Norwegian|Norwegisch|norsk',
  fi: 'Finnish|Finnisch|suomi', cs: 'Czech|Tschechisch|čeština', sk: 'Slovak|Slowakisch|slovenčina',
  hu: 'Hungarian|Ungarisch|magyar', ro: 'Romanian|Rumänisch|română', bg: 'Bulgarian|Bulgarisch|български',
  el: 'Greek|Griechisch|Ελληνικά', ru: 'Russian|Russisch|русский', uk: 'Ukrainian|Ukrainisch|українська',
  tr: 'Turkish|Türkisch|Türkçe', ar: 'Arabic|Arabisch|العربية', he: 'Hebrew|Hebräisch|עברית', fa: 'Persian|Persisch|فارسی',
  hi: 'Hindi|Hindi|हिन्दी', bn: 'Bangla|Bengalisch|বাংলা', ur: 'Urdu|Urdu|اردو', pa: 'Punjabi|Punjabi|ਪੰਜਾਬੀ',
  ta: 'Tamil|Tamil|தமிழ்', zh: 'Chinese|Chinesisch|中文', ja: 'Japanese|Japanisch|日本語', ko: 'Korean|Koreanisch|한국어',
  vi: 'Vietnamese|Vietnamesisch|Tiếng Việt', th: 'Thai|Thailändisch|ไทย', id: 'Indonesian|Indonesisch|Indonesia',
  ms: 'Malay|Malaiisch|Melayu', fil: 'Filipino|Filipino', sw: 'Swahili|Suaheli|Kiswahili', hr: 'Croatian|Kroatisch|hrvatski',
  sr: 'Serbian|Serbisch|српски', sl: 'Slovenian|Slowenisch|slovenščina', lt: 'Lithuanian|Litauisch|lietuvių',
  lv: 'Latvian|Lettisch|latviešu', et: 'Estonian|Estnisch|eesti', ga: 'Irish|Irisch|Gaeilge', ca: 'Catalan|Katalanisch|català',
  eu: 'Basque|Baskisch|euskara', gl: 'Galician|Galicisch|galego', is: 'Icelandic|Isländisch|íslenska',
  af: 'Afrikaans|Afrikaans', sq: 'Albanian|Albanisch|shqip',
};

/** Spellings the table lacks: common variants and the ISO codes people type. */
const EXTRA: Readonly<Record<string, readonly string[]>> = {
  en: ['en'], de: ['de'], fr: ['fr', 'francais'], es: ['es', 'castellano'], it: ['it'], pt: ['pt'], nl: ['nl', 'flemish', 'vlaams'],
  pl: ['pl'], sv: ['sv'], tr: ['tr'], ru: ['ru'], zh: ['zh', 'mandarin', 'cantonese', '普通话'], ja: ['ja'], ar: ['ar'], hi: ['hi'],
  no: ['nb', 'norwegian bokmål', 'bokmål'], fil: ['tagalog'], id: ['bahasa indonesia'], ms: ['bahasa melayu'], bn: ['bengali'],
};

/**
 * The readers' other UI languages (src/linkedin/i18n.ts LANGS; core may not import the reader),
 * whose names for languages ("allemand", "alemán", "niemiecki") come from Intl when needed.
 */
const OTHER_UI_LOCALES = ['fr', 'es', 'pt', 'pl'] as const;

/** Case, accents and spacing folded away: the form names are compared in. */
export const foldLanguageName = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

let common: Map<string, string> | null = null;
let others: Map<string, string> | null = null;

function commonNames(): Map<string, string> {
  if (common) return common;
  common = new Map();
  for (const [code, names] of Object.entries(NAMES)) for (const name of names.split('|')) common.set(foldLanguageName(name), code);
  for (const [code, names] of Object.entries(EXTRA)) for (const name of names) common.set(foldLanguageName(name), code);
  return common;
}

function otherNames(): Map<string, string> {
  if (others) return others;
  others = new Map();
  if (typeof Intl === 'undefined' || typeof Intl.DisplayNames !== 'function') return others;
  for (const locale of OTHER_UI_LOCALES) {
    try {
      const display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
      for (const code of Object.keys(NAMES)) {
        const name = display.of(code);
        if (name) others.set(foldLanguageName(name), code);
      }
    } catch {
      // A browser without this locale's names: the others still count.
    }
  }
  return others;
}

/** The key of a known language's name ("German (native)" → "de"), or null for anything else. */
export function knownLanguageKey(name: string): string | null {
  const plain = foldLanguageName(name.replace(/\(.*?\)/g, ' '));
  if (!plain || plain.length > 40) return null;
  return commonNames().get(plain) ?? otherNames().get(plain) ?? null;
}

/** A key for a language name ("Deutsch" → "de"); unknown names compare as written, case and accents aside. */
export function languageKey(name: string): string {
  return knownLanguageKey(name) ?? foldLanguageName(name.replace(/\(.*?\)/g, ' '));
}

/** The language's name in the note's language, or `fallback` (as written) when unknown. */
export function languageName(key: string, lang: 'en' | 'de', fallback: string): string {
  const names = NAMES[key]?.split('|');
  return names?.[lang === 'de' ? 1 : 0] ?? fallback.replace(/\(.*?\)/g, ' ').replace(/\s+/g, ' ').trim();
}
