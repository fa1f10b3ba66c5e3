// When things happen: how long acceptances took (a histogram of calendar days) and how many
// invitations went out each week (Monday-based weeks in the person's time zone).
import type { InsightRecord } from './records';
import { mondayOf } from './zoned-day';

/** Histogram bins of days to acceptance: [from, to] inclusive; the last is open-ended (to null). */
export const acceptanceBins: readonly { from: number; to: number | null }[] = [
  { from: 0, to: 1 }, { from: 2, to: 3 }, { from: 4, to: 7 }, { from: 8, to: 14 },
  { from: 15, to: 21 }, { from: 22, to: 30 }, { from: 31, to: null },
];

export interface AcceptanceTiming {
  bins: { from: number; to: number | null; count: number }[];
  /** Acceptances with a date; the median of their days, or null without any. */
  dated: number;
  medianDays: number | null;
  /** Accepted without a known date (e.g. marked by hand before dates were kept). */
  undated: number;
}

export function acceptanceTiming(records: readonly InsightRecord[]): AcceptanceTiming {
  const bins = acceptanceBins.map((bin) => ({ ...bin, count: 0 }));
  const days: number[] = [];
  let undated = 0;
  for (const record of records) {
    if (record.outcome !== 'accepted') continue;
    if (record.daysToAccept === null) {
      undated += 1;
      continue;
    }
    days.push(record.daysToAccept);
    const bin = bins.find((b) => b.to === null || record.daysToAccept! <= b.to);
    if (bin) bin.count += 1;
  }
  days.sort((a, b) => a - b);
  const mid = days.length >> 1;
  const medianDays = days.length === 0 ? null : days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2;
  return { bins, dated: days.length, medianDays, undated };
}

/** At most this many weeks are drawn: two years is plenty to see a pattern. */
export const MAX_WEEKS = 104;

export interface WeeklyCounts {
  /** Day number of each week's Monday and the invitations sent that week, oldest first. */
  weeks: { monday: number; count: number }[];
  /** Invitations sent before the first week shown. */
  earlier: number;
}

/** Invitations per week from the first one sent up to the current week (empty weeks included). */
export function weeklyCounts(records: readonly InsightRecord[], today: number, maxWeeks = MAX_WEEKS): WeeklyCounts {
  if (records.length === 0) return { weeks: [], earlier: 0 };
  const thisMonday = mondayOf(today);
  let firstMonday = thisMonday;
  for (const record of records) firstMonday = Math.min(firstMonday, mondayOf(record.sentDay));
  firstMonday = Math.max(firstMonday, thisMonday - 7 * (maxWeeks - 1));
  const count = (thisMonday - firstMonday) / 7 + 1;
  const weeks = Array.from({ length: count }, (_, i) => ({ monday: firstMonday + 7 * i, count: 0 }));
  let earlier = 0;
  for (const record of records) {
    const index = (mondayOf(record.sentDay) - firstMonday) / 7;
    if (index < 0) earlier += 1;
    else if (index < count) weeks[index]!.count += 1;
  }
  return { weeks, earlier };
}
