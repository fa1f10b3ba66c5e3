// Small pure helpers for what the popup shows: plural forms, usage meters and note lines.
/** 'one' or 'other' for a count, by the UI language's plural rules (German and English agree). */
export function pluralForm(count: number, language: string): 'one' | 'other' {
  try {
    return new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
  } catch {
    return count === 1 ? 'one' : 'other';
  }
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
