// Date ranges as a profile's Experience and Education cards print them: "Nov 2021 - Present ·
// 2 yrs 9 mos", "2014 - Jun 2019", "Jan. 2026 – Heute · 11 Monate", "2021. nov. – jelenleg".
// The years carry the meaning (§15): a range whose end has no year is ongoing, whatever the
// UI language calls "Present". Month names are recognised in the languages LinkedIn is used in
// most (from the browser's own Intl data); an unknown or ambiguous month is left out, never guessed.

export interface YearMonth {
  year: number;
  month?: number;
}

export interface DateRange {
  start: YearMonth;
  /** null when ongoing, or when the line holds one date only (then `single`). */
  end: YearMonth | null;
  current: boolean;
  /** The line as shown, without the duration ("Nov 2021 - Present"). */
  text: string;
}

const MONTH_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'hu', 'tr', 'ro', 'id'];
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

let monthNames: Array<[name: string, month: number]> | null = null;

const plain = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');

function months(): Array<[string, number]> {
  if (monthNames) return monthNames;
  const names = new Map<string, Set<number>>();
  for (const locale of MONTH_LOCALES) {
    for (const style of ['long', 'short'] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let m = 0; m < 12; m++) {
        const name = plain(format.format(new Date(Date.UTC(2001, m, 15))));
        if (!/^\p{L}+$/u.test(name)) continue;
        const set = names.get(name) ?? new Set<number>();
        set.add(m + 1);
        names.set(name, set);
      }
    }
  }
  monthNames = [...names].flatMap(([name, set]) => (set.size === 1 ? [[name, [...set][0]!] as [string, number]] : []));
  return monthNames;
}

/** The month a word names ("Nov", "März", "nov.", "janv."), or undefined when unknown or ambiguous. */
export function monthOf(word: string): number | undefined {
  const token = plain(word.trim());
  if (token.length < 3 || !/^\p{L}+$/u.test(token)) return undefined;
  // An exact name wins ("mar" is March in several languages, though Finnish "marraskuu" is
  // November); otherwise an abbreviation of exactly one month ("sept", "janv").
  const exact = new Set<number>();
  const prefix = new Set<number>();
  for (const [name, month] of months()) {
    if (name === token) exact.add(month);
    else if (name.startsWith(token)) prefix.add(month);
  }
  const found = exact.size > 0 ? exact : prefix;
  return found.size === 1 ? [...found][0] : undefined;
}

const YEAR = /(?<!\d)(\d{4})(?!\d)/;

/** One side of a range: "Nov 2021", "2021", "2021. nov." (year first) → a month and year. */
function dateOf(side: string): YearMonth | null | 'no-year' {
  const text = side.trim();
  const year = YEAR.exec(text);
  if (!year) return 'no-year';
  const value = Number(year[1]);
  if (value < MIN_YEAR || value > MAX_YEAR) return null;
  const rest = (text.slice(0, year.index) + ' ' + text.slice(year.index + 4)).replace(/[.,]/g, ' ').trim();
  if (!rest) return { year: value };
  const words = rest.split(/\s+/);
  // One word beside the year is a month (maybe in a language not known here); more is not a
  // date but a text that holds a year ("Class of 2019").
  if (words.length > 1 || !/^\p{L}{1,12}$/u.test(words[0]!)) return null;
  const month = monthOf(words[0]!);
  return month ? { year: value, month } : { year: value };
}

/**
 * Reads a card's date line; null when the line is not one (a title, a place, "Grade: 4.0").
 * The duration after "·" is dropped; "2019" alone is a one-year range.
 */
export function parseDateRange(line: string | null | undefined): DateRange | null {
  if (!line || line.length > 120) return null;
  const text = line.split(/\s+·\s+|\s+•\s+/)[0]!.replace(/\s+/g, ' ').trim();
  if (!YEAR.test(text)) return null;
  const sides = text.split(/\s+[-–—]\s+|\s*[–—]\s*|\s+to\s+/);
  if (sides.length > 2) return null;
  const start = dateOf(sides[0]!);
  if (!start || start === 'no-year') return null;
  if (sides.length === 1) return { start, end: null, current: false, text };
  const end = dateOf(sides[1]!);
  if (end === null) return null;
  if (end === 'no-year') {
    // "Present", "Heute", "jelenleg": any end without a year is ongoing; a long sentence is not.
    return sides[1]!.trim().split(/\s+/).length <= 3 ? { start, end: null, current: true, text } : null;
  }
  if (end.year * 12 + (end.month ?? 12) < start.year * 12 + (start.month ?? 1)) return null;
  return { start, end, current: false, text };
}
