// localDayNumber() for many instants that fall on few days: the worker's start derives the day of
// every stored invitation (10,000 of them, sent over a few hundred days), and each call asks the
// time zone for its offset (a Date and three local getters). A day's bounds are asked once instead
// and kept; an instant inside known bounds gets that day's number with one map look-up. Kept until
// the store loads again (a new InvitationTable), so every start pays for its own days.
import { DAY_MS, localDayNumber } from '../core/reminders';

interface LocalDay {
  /** The first instant of the local calendar day (epoch ms) and the first of the next one. */
  start: number;
  end: number;
  day: number;
}

/** The local days that overlap one UTC day (usually two), by UTC day number. */
const known = new Map<number, LocalDay[]>();

/** A new table (a worker's start, a replace) asks the time zone afresh. */
export function forgetLocalDays(): void {
  known.clear();
}

/** Exactly localDayNumber(ms) (a property test holds the two together, across time zones). */
export function localDayOf(ms: number): number {
  const utcDay = Math.floor(ms / DAY_MS);
  let days = known.get(utcDay);
  if (!days) {
    days = daysOverlapping(utcDay);
    known.set(utcDay, days);
  }
  for (const d of days) if (ms >= d.start && ms < d.end) return d.day;
  return localDayNumber(ms);
}

function daysOverlapping(utcDay: number): LocalDay[] {
  const days: LocalDay[] = [];
  const until = (utcDay + 1) * DAY_MS;
  for (let at = utcDay * DAY_MS; at < until; ) {
    const d = new Date(at);
    // Local midnight, or the first instant after it when a clock change skips midnight.
    const start = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
    const end = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
    if (!(end > at)) break;
    // A day whose offset changes somewhere inside (a clock change) is not kept: each instant of it
    // asks the time zone, so a clock set back across midnight can never be read as the wrong day.
    if (new Date(start).getTimezoneOffset() === new Date(end - 1).getTimezoneOffset()) days.push({ start, end, day: localDayNumber(at) });
    at = end;
  }
  return days;
}
