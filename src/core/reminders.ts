// When an invitation needs attention, in the person's own calendar days.
// "Follow up after 7 days" means 7 calendar days in the browser's time zone, not 7×24 hours:
// a daylight-saving night has 23 or 25 hours and must neither skip nor double a day. Day numbers
// come from the Date's local getters (the browser's time zone, DST-correct and fast enough to
// run over 10,000 invitations on every change).
import type { Invitation, Settings } from './schemas';

export const bucketNames = ['due', 'waiting', 'stale', 'closed'] as const;
export type Bucket = (typeof bucketNames)[number];

export const DAY_MS = 86_400_000;
/** LinkedIn blocks re-inviting someone for three weeks after a withdrawal. */
export const REINVITE_LOCK_DAYS = 21;

/** Days since 1970-01-01 of the local calendar date at `ms`. */
export function localDayNumber(ms: number): number {
  const d = new Date(ms);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS);
}

/** Whole calendar days from `fromMs` to `toMs` in local time (0 on the same date). */
export function calendarDaysBetween(fromMs: number, toMs: number): number {
  return localDayNumber(toMs) - localDayNumber(fromMs);
}

/** Local midnight that starts the day after `ms` (23, 24 or 25 hours after the previous one). */
export function nextLocalMidnight(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** Local Monday 00:00 of the week holding `ms` (weeks start on Monday, as LinkedIn counts). */
export function startOfLocalWeek(ms: number): number {
  const d = new Date(ms);
  const sinceMonday = (d.getDay() + 6) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - sinceMonday).getTime();
}

export function startOfLocalMonth(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), 1).getTime();
}

type Timing = Pick<Settings, 'followUpAfterDays' | 'giveUpAfterDays'>;
type Tracked = Pick<Invitation, 'status' | 'followedUpAt'> & { sentDay: number };

/**
 * - closed: anything but pending;
 * - stale: pending for `giveUpAfterDays` or more (suggest withdrawing);
 * - due: pending for `followUpAfterDays` or more and not followed up yet;
 * - waiting: the rest.
 */
export function bucketOf(invitation: Tracked, settings: Timing, today: number): Bucket {
  if (invitation.status !== 'pending') return 'closed';
  const days = today - invitation.sentDay;
  if (days >= settings.giveUpAfterDays) return 'stale';
  if (days >= settings.followUpAfterDays && !invitation.followedUpAt) return 'due';
  return 'waiting';
}

/** When a recent withdrawal stops blocking a new invitation, or null when nothing blocks. */
export function reinviteLockedUntil(invitation: Pick<Invitation, 'status' | 'statusChangedAt'>, nowMs: number): string | null {
  if (invitation.status !== 'withdrawn' || !invitation.statusChangedAt) return null;
  const until = Date.parse(invitation.statusChangedAt) + REINVITE_LOCK_DAYS * DAY_MS;
  return until > nowMs ? new Date(until).toISOString() : null;
}
