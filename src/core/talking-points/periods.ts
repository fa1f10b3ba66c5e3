// Time arithmetic on the month ranges a profile shows ("Jan 2026 – Present", "2014 - 2019").
import type { Stint, YearMonth } from './types';

/** Months since year 0, so ranges compare as numbers; an unknown month counts as `fallbackMonth`. */
const index = (at: YearMonth, fallbackMonth: number) => at.year * 12 + (at.month ?? fallbackMonth) - 1;

export const monthIndex = (date: Date) => date.getFullYear() * 12 + date.getMonth();

/** The stint's first and last month as indices; null when its dates do not say. */
export function span(stint: Stint, now: Date): { from: number; to: number } | null {
  if (!stint.start) return null;
  const from = index(stint.start, 1);
  if (stint.current) return { from, to: monthIndex(now) };
  // A school or job with one year only ("2019") spans that year.
  const end = stint.end ?? (stint.start.month === undefined ? stint.start : null);
  if (!end) return null;
  const to = index(end, 12);
  return to >= from ? { from, to } : null;
}

/** Whether any of `a`'s stints overlapped any of `b`'s: true, false, or null when unknown. */
export function overlapOf(a: readonly Stint[], b: readonly Stint[], now: Date): boolean | null {
  let known = false;
  for (const x of a) {
    const sx = span(x, now);
    if (!sx) continue;
    for (const y of b) {
      const sy = span(y, now);
      if (!sy) continue;
      known = true;
      if (sx.from <= sy.to && sy.from <= sx.to) return true;
    }
  }
  return known ? false : null;
}
