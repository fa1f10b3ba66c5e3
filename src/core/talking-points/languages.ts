// Spoken languages as people write them, in English or German UI ("German", "Deutsch", "de"),
// mapped to one key so "German" on their profile matches "Deutsch" in your settings.
const ALIASES: Record<string, readonly string[]> = {
  en: ['english', 'englisch', 'en'],
  de: ['german', 'deutsch', 'de'],
  fr: ['french', 'französisch', 'francais', 'français', 'fr'],
  es: ['spanish', 'spanisch', 'espanol', 'español', 'es'],
  it: ['italian', 'italienisch', 'italiano', 'it'],
  pt: ['portuguese', 'portugiesisch', 'português', 'portugues', 'pt'],
  nl: ['dutch', 'niederländisch', 'nederlands', 'nl'],
  pl: ['polish', 'polnisch', 'polski', 'pl'],
  sv: ['swedish', 'schwedisch', 'svenska', 'sv'],
  hu: ['hungarian', 'ungarisch', 'magyar', 'hu'],
  tr: ['turkish', 'türkisch', 'türkçe', 'tr'],
  ru: ['russian', 'russisch', 'русский', 'ru'],
  zh: ['chinese', 'chinesisch', 'mandarin', '中文', 'zh'],
  ja: ['japanese', 'japanisch', '日本語', 'ja'],
  ar: ['arabic', 'arabisch', 'العربية', 'ar'],
  hi: ['hindi', 'hi'],
};

const byAlias = new Map<string, string>();
for (const [key, aliases] of Object.entries(ALIASES)) for (const alias of aliases) byAlias.set(alias, key);

/** A key for a language name ("German (native)" → "de"); unknown names compare as written. */
export function languageKey(name: string): string {
  const plain = name.replace(/\(.*?\)/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  return byAlias.get(plain) ?? plain;
}

const ENGLISH_NAMES: Record<string, string> = { en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch', pl: 'Polish', sv: 'Swedish', hu: 'Hungarian', tr: 'Turkish', ru: 'Russian', zh: 'Chinese', ja: 'Japanese', ar: 'Arabic', hi: 'Hindi' };
const GERMAN_NAMES: Record<string, string> = { en: 'Englisch', de: 'Deutsch', fr: 'Französisch', es: 'Spanisch', it: 'Italienisch', pt: 'Portugiesisch', nl: 'Niederländisch', pl: 'Polnisch', sv: 'Schwedisch', hu: 'Ungarisch', tr: 'Türkisch', ru: 'Russisch', zh: 'Chinesisch', ja: 'Japanisch', ar: 'Arabisch', hi: 'Hindi' };

/** The language's name in the note's language, or `fallback` (as written) when unknown. */
export function languageName(key: string, lang: 'en' | 'de', fallback: string): string {
  return (lang === 'de' ? GERMAN_NAMES : ENGLISH_NAMES)[key] ?? fallback.replace(/\(.*?\)/g, ' ').replace(/\s+/g, ' ').trim();
}
