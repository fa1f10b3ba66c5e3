// Insights: what works for this person, from their own invitations, computed locally. Pure over
// the invitations, the templates' order, the settings, a clock and a time zone.
import type { Settings } from '../schemas';
import { coachBands, insightRecordOf, lengthBands, type InsightRecord, type InsightSource } from './records';
import { groupStats, overallStats, type GroupStats } from './rates';
import { takeawayOf, type Takeaway } from './takeaway';
import { acceptanceTiming, weeklyCounts, type AcceptanceTiming, type WeeklyCounts } from './timing';
import { MIN_COUNT } from './wilson';
import { zonedDays, type ZonedDays } from './zoned-day';

export { MIN_COUNT, Z_80, rateOf, wilsonInterval, type Interval, type Rate } from './wilson';
export type { GroupStats } from './rates';
export type { Takeaway } from './takeaway';
export type { AcceptanceTiming, WeeklyCounts } from './timing';
export type { InsightSource } from './records';
export { localTimeZone } from './zoned-day';

export const breakdownIds = ['template', 'length', 'talkingPoint', 'coach', 'weekday'] as const;
export type BreakdownId = (typeof breakdownIds)[number];

export interface Breakdown {
  id: BreakdownId;
  groups: GroupStats[];
  takeaway: Takeaway;
}

export interface Insights {
  total: number;
  overall: GroupStats;
  /** Talking points appear only when some invitation recorded whether it used one. */
  breakdowns: Breakdown[];
  timing: AcceptanceTiming;
  weekly: WeeklyCounts;
  weeklyBudget: number;
  minAgeDays: number;
}

export interface InsightsInput {
  invitations: readonly InsightSource[];
  /** Template ids in the person's order: their groups come first, in that order. */
  templateIds: readonly string[];
  settings: Pick<Settings, 'insightsMinAgeDays' | 'weeklyInviteBudget'>;
  nowMs: number;
  timeZone: string;
  minCount?: number;
}

/** Template groups beside the templates themselves: notes written without one, and with a deleted one. */
export const NO_TEMPLATE = '(none)';
export const DELETED_TEMPLATE = '(deleted)';

function daysIn(timeZone: string): ZonedDays {
  try {
    return zonedDays(timeZone);
  } catch {
    return zonedDays('UTC');
  }
}

export function computeInsights(input: InsightsInput): Insights {
  const days = daysIn(input.timeZone);
  const minAge = input.settings.insightsMinAgeDays;
  const minCount = input.minCount ?? MIN_COUNT;
  const records: InsightRecord[] = [];
  for (const invitation of input.invitations) {
    const record = insightRecordOf(invitation, input.nowMs, minAge, days);
    if (record) records.push(record);
  }

  const breakdown = (id: BreakdownId, keyOf: (r: InsightRecord) => string | null, order: readonly string[]): Breakdown => {
    const groups = groupStats(records, keyOf, order, minCount).filter((g) => g.counted + g.withdrawn + g.tooRecent > 0);
    return { id, groups, takeaway: takeawayOf(groups) };
  };
  const known = new Set(input.templateIds);
  const templateKey = (r: InsightRecord) => (r.templateId === null ? NO_TEMPLATE : known.has(r.templateId) ? r.templateId : DELETED_TEMPLATE);
  const breakdowns = [
    breakdown('template', templateKey, [...input.templateIds, NO_TEMPLATE, DELETED_TEMPLATE]),
    breakdown('length', (r) => r.length, lengthBands),
    ...(records.some((r) => r.usedTalkingPoint !== undefined)
      ? [breakdown('talkingPoint', (r) => (r.usedTalkingPoint === undefined ? null : r.usedTalkingPoint ? 'yes' : 'no'), ['yes', 'no'])]
      : []),
    breakdown('coach', (r) => r.coach, coachBands),
    breakdown('weekday', (r) => String(r.weekday), ['0', '1', '2', '3', '4', '5', '6']),
  ];

  return {
    total: records.length,
    overall: overallStats(records, minCount),
    breakdowns,
    timing: acceptanceTiming(records),
    weekly: weeklyCounts(records, days.dayNumber(input.nowMs)),
    weeklyBudget: input.settings.weeklyInviteBudget,
    minAgeDays: minAge,
  };
}
