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

// The zone as its offsets now, in January and in July (DST rules included): a few Date getters,
// where asking Intl for the zone's name costs ~70 µs — more than a kept queue.open answer.
const currentZone = () => {
  const year = new Date().getFullYear();
  return `${new Date().getTimezoneOffset()} ${new Date(year, 0, 1).getTimezoneOffset()} ${new Date(year, 6, 1).getTimezoneOffset()}`;
};
let zone = currentZone();
/** Bumped when the time zone changes while the worker lives: day numbers derived before are stale. */
export let zoneEpoch = 0;

/**
 * Asked once at the start of each question (not per row): when the person's time zone changed
 * since the last one (travel, a changed system setting), the kept days are forgotten and the
 * rows' facts derived again (invitation-facts.ts). Returns the zone's epoch, for kept answers' keys.
 */
export function followTimeZone(): number {
  const now = currentZone();
  if (now !== zone) {
    zone = now;
    known.clear();
    zoneEpoch += 1;
  }
  return zoneEpoch;
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
