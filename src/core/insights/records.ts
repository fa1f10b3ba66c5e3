// What Insights needs from one invitation, worked out once: its outcome, whether it is old
// enough to count, and the groups it falls in (template, note length, talking point, coach score,
// weekday sent). Pure: the clock, the time zone and the template names are passed in.
import { countNote } from '../count';
import { DAY_MS } from '../reminders';
import type { Invitation } from '../schemas';
import { coachBandOf, type CoachBand } from './coach-score';
import { weekdayOf, type ZonedDays } from './zoned-day';

export { coachBands, type CoachBand } from './coach-score';

/**
 * Accepted and replied both mean the invitation was accepted, however Rapport learnt it (the
 * person's visit to the profile, LinkedIn's archive, or a hand correction). Withdrawn is its own
 * outcome: the person took the invitation back, so it is neither a yes nor a no.
 */
export type Outcome = 'accepted' | 'replied' | 'declined' | 'withdrawn' | 'pending';

export const lengthBands = ['none', 'short', 'medium', 'long'] as const;
export type LengthBand = (typeof lengthBands)[number];

/** The coach's verdicts by note shape (see coach-score.ts), shared over one computation. */
export type CoachMemo = Map<string, CoachBand>;

/** What an invitation brings to Insights. `usedTalkingPoint` is absent where nothing recorded it. */
export type InsightSource = Pick<Invitation, 'name' | 'company' | 'headline' | 'note' | 'templateId' | 'sentAt' | 'status' | 'statusChangedAt'> & {
  usedTalkingPoint?: boolean | undefined;
};

export interface InsightRecord {
  outcome: Outcome;
  sentMs: number;
  sentDay: number;
  /** Old enough (insightsMinAgeDays) for its outcome to count toward a rate. */
  mature: boolean;
  templateId: string | null;
  length: LengthBand;
  coach: CoachBand;
  /** Monday 0 … Sunday 6, in the person's time zone. */
  weekday: number;
  usedTalkingPoint: boolean | undefined;
  /** Calendar days from sending to acceptance, when the acceptance has a date (status accepted only). */
  daysToAccept: number | null;
}

/** Up to 100 characters, up to 200 (the free limit), longer. */
export function lengthBandOf(note: string): LengthBand {
  const length = countNote(note.trim());
  if (length === 0) return 'none';
  return length <= 100 ? 'short' : length <= 200 ? 'medium' : 'long';
}

// Stored dates are what toISOString() writes: "2026-11-01T10:00:00.000Z". Read by hand, that
// costs a fraction of Date.parse(); anything else (an offset, no seconds) goes to Date.parse().
const UTC_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?Z$/;

/** Date.parse() for an ISO date-time, with a fast path for the UTC form Rapport stores. */
export function parseIsoMs(text: string): number {
  const m = UTC_ISO.exec(text);
  if (!m) return Date.parse(text);
  const [, y, mo, d, h, mi, sec, ms] = m;
  const month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(sec);
  const year = Number(y);
  // Out-of-range fields (month 13, 30 February, hour 24…) and years Date.UTC() reads as 19xx:
  // Date.parse() decides, as before.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return Date.parse(text);
  return Date.UTC(year, month - 1, day, hour, minute, second, ms ? Number(ms) : 0);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

export function insightRecordOf(source: InsightSource, nowMs: number, minAgeDays: number, days: ZonedDays, coachMemo: CoachMemo): InsightRecord | null {
  const sentMs = parseIsoMs(source.sentAt);
  if (!Number.isFinite(sentMs)) return null;
  const sentDay = days.dayNumber(sentMs);
  const changedMs = source.statusChangedAt ? parseIsoMs(source.statusChangedAt) : NaN;
  const acceptedDay = source.status === 'accepted' && Number.isFinite(changedMs) ? days.dayNumber(changedMs) : null;
  return {
    outcome: source.status,
    sentMs,
    sentDay,
    mature: nowMs - sentMs >= minAgeDays * DAY_MS,
    templateId: source.templateId ?? null,
    length: lengthBandOf(source.note),
    coach: coachBandOf(source, coachMemo),
    weekday: weekdayOf(sentDay),
    usedTalkingPoint: source.usedTalkingPoint,
    // Calendar days, because LinkedIn's archive dates an acceptance by its day only. A reply's
    // date is the reply's, not the acceptance's, so replied invitations are left out.
    daysToAccept: acceptedDay !== null && acceptedDay >= sentDay ? acceptedDay - sentDay : null,
  };
}
