// Small pure helpers for what the popup shows: plural forms, usage meters and note lines.
// Each Intl formatter is made once per language and kept: making one costs far more than using
// it, and the popup's first frame formats a count or a plural for every section and row in view.
const pluralRules = new Map<string, Intl.PluralRules | null>();
const numberFormats = new Map<string, Intl.NumberFormat | null>();
const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

/** The formatter `make` builds for `language`, made once; null when the language tag is unusable. */
function kept<F>(cache: Map<string, F | null>, language: string, make: (language: string) => F): F | null {
  let formatter = cache.get(language);
  if (formatter === undefined) {
    try {
      formatter = make(language);
    } catch {
      formatter = null;
    }
    cache.set(language, formatter);
  }
  return formatter;
}

/** 'one' or 'other' for a count, by the UI language's plural rules (German and English agree). */
export function pluralForm(count: number, language: string): 'one' | 'other' {
  const rules = kept(pluralRules, language, (l) => new Intl.PluralRules(l));
  if (!rules) return count === 1 ? 'one' : 'other';
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** A count as the language writes it ("10,000", "10.000"). */
export function countText(count: number, language: string): string {
  return kept(numberFormats, language, (l) => new Intl.NumberFormat(l))?.format(count) ?? String(count);
}

/** A day as "4 Dec 2026" in the language's words and order; '' for a date that is not one. */
export function dayText(date: Date, language: string): string {
  if (Number.isNaN(date.getTime())) return '';
  const format = kept(dateFormats, language, (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', year: 'numeric' }));
  return format?.format(date) ?? date.toDateString();
}

export type MeterLevel = 'ok' | 'near' | 'full';

/** How close a count is to its limit: 'near' from 80 %, 'full' at or past it. A limit of 0 is full. */
export function meterLevel(used: number, limit: number): MeterLevel {
  if (used >= limit) return 'full';
  return used >= limit * 0.8 ? 'near' : 'ok';
}

/** Share of the limit used, 0‥1, for the meter bar. */
export function meterFraction(used: number, limit: number): number {
  if (limit <= 0) return 1;
  return Math.max(0, Math.min(1, used / limit));
}

/** One line of a note for the row: whitespace collapsed (the row truncates it with CSS). */
export function noteLine(note: string): string {
  return note.replace(/\s+/g, ' ').trim();
}
