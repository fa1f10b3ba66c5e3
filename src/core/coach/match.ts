// Whole-word phrase matching for the coach. Each word list becomes one regular expression, built
// once when the module loads, so checking a note costs one scan per list on every keystroke.

const printableAscii = /^[\x20-\x5f\x61-\x7e]*$/;
const asciiWithApostrophes = /^[\x20-\x7e’‘ʼ]*$/;
const apostrophes = /[’‘ʼ`]/g;

/**
 * Lower case, straight apostrophes, single spaces and no accents: the form every list entry and
 * every name is compared in, so "Résumé", "resume" and "RESUME" are the same word.
 */
export function normalizeForMatching(text: string): string {
  // Shortcuts for what most notes and names are, with the same result as the full way below:
  // printable ASCII with no backtick or double space only needs lower-casing (nothing to
  // decompose, no marks, no curly apostrophe, every space single); with typographic
  // apostrophes (’ ‘ ʼ, which have no accents to strip) or backticks, those become ' too.
  if (printableAscii.test(text)) return text.includes('  ') ? normalizeFully(text) : text.toLowerCase();
  if (asciiWithApostrophes.test(text) && !text.includes('  ')) return text.toLowerCase().replace(apostrophes, "'");
  return normalizeFully(text);
}

/** normalizeForMatching() the full way, for any text (exported for the test that holds both equal). */
export function normalizeFully(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(apostrophes, "'")
    .replace(/\s+/g, ' ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * A matcher for any of `phrases` as whole words (a letter or digit may not touch either end).
 * Longer phrases are tried first so the reported match is the most specific one.
 */
export function phraseMatcher(phrases: readonly string[]): RegExp {
  const alternatives = [...new Set(phrases.map(normalizeForMatching))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
}

/** The first phrase of `matcher` in an already normalized text, or undefined. */
export function findPhrase(normalized: string, matcher: RegExp): string | undefined {
  return matcher.exec(normalized)?.[0];
}

/**
 * True when `value` (a name or fact from the page) appears as whole words in the normalized
 * note, ignoring case and accents. Single letters never count.
 */
export function mentions(normalized: string, value: string | undefined): boolean {
  const wanted = value ? normalizeForMatching(value).trim() : '';
  if (wanted.length < 2) return false;
  for (let at = normalized.indexOf(wanted); at >= 0; at = normalized.indexOf(wanted, at + 1)) {
    if (!isLetterOrDigitUnit(normalized, at - 1) && !isLetterOrDigitUnit(normalized, at + wanted.length)) return true;
  }
  return false;
}

/** Whether the UTF-16 unit at `at` (none: no) is a letter or digit; ASCII without a RegExp. */
function isLetterOrDigitUnit(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return letterOrDigit.test(text[at]!);
}
