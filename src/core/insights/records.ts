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

// Stored dates are what toISOString() writes: "2026-11-01T10:00:00.000Z". Read by hand, digit by
// digit at fixed places, that costs less than Date.parse() (a RegExp and Number() cost more);
// anything else (an offset, no seconds) goes to Date.parse().

/** The ASCII digit at `at`, or NaN (which fails every range check below). */
function digitAt(text: string, at: number): number {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : NaN;
}

const twoDigits = (text: string, at: number) => digitAt(text, at) * 10 + digitAt(text, at + 1);

/** Date.parse() for an ISO date-time, with a fast path for the UTC form Rapport stores. */
export function parseIsoMs(text: string): number {
  const length = text.length;
  // "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS.sssZ".
  if ((length !== 20 && length !== 24) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84
    || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(length - 1) !== 90
    || (length === 24 && text.charCodeAt(19) !== 46)) {
    return Date.parse(text);
  }
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5), day = twoDigits(text, 8), hour = twoDigits(text, 11), minute = twoDigits(text, 14), second = twoDigits(text, 17);
  const ms = length === 24 ? digitAt(text, 20) * 100 + twoDigits(text, 21) : 0;
  // A character that is no digit (NaN), out-of-range fields (month 13, 30 February, hour 24…) and
  // years Date.UTC() reads as 19xx: Date.parse() decides, as before.
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59 && ms >= 0)) {
    return Date.parse(text);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

export function insightRecordOf(source: InsightSource, nowMs: number, minAgeDays: number, days: ZonedDays): InsightRecord | null {
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
    coach: coachBandOf(source),
    weekday: weekdayOf(sentDay),
    usedTalkingPoint: source.usedTalkingPoint,
    // Calendar days, because LinkedIn's archive dates an acceptance by its day only. A reply's
    // date is the reply's, not the acceptance's, so replied invitations are left out.
    daysToAccept: acceptedDay !== null && acceptedDay >= sentDay ? acceptedDay - sentDay : null,
  };
}
