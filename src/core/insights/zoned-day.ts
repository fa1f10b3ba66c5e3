// Calendar days in the person's time zone (an IANA name, e.g. "Europe/Berlin"), for "sent on a
// Tuesday" and "the week of 3 March". Intl does the zone arithmetic (DST included); its answer
// is the same for every instant of a quarter hour, because every zone offset and every switch
// between offsets falls on a quarter hour of UTC, so 10,000 invitations cost a few hundred calls.
import { DAY_MS } from '../reminders';

const QUARTER_HOUR_MS = 900_000;

export interface ZonedDays {
  /** Days since 1970-01-01 of the local calendar date at `ms`. */
  dayNumber(ms: number): number;
}

/** Monday 0 … Sunday 6 for a day number (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** The day number of the Monday that starts the week holding `dayNumber`. */
export function mondayOf(dayNumber: number): number {
  return dayNumber - weekdayOf(dayNumber);
}

/**
 * Per time zone, shared by every computation: the formatter (costly to make) and the quarter
 * hours already looked up (a pure function of the zone). Bounded: a memo past MEMO_MAX starts over.
 */
const zones = new Map<string, { format: Intl.DateTimeFormat; memo: Map<number, number> }>();
const MEMO_MAX = 200_000;

export function zonedDays(timeZone: string): ZonedDays {
  let zone = zones.get(timeZone);
  if (!zone) {
    // Throws for an unknown zone (the caller falls back to UTC) before anything is kept.
    zone = { format: new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }), memo: new Map() };
    if (zones.size >= 16) zones.clear();
    zones.set(timeZone, zone);
  }
  const { format, memo } = zone;
  if (memo.size > MEMO_MAX) memo.clear();
  return {
    dayNumber(ms) {
      const quarter = Math.floor(ms / QUARTER_HOUR_MS);
      let day = memo.get(quarter);
      if (day === undefined) {
        let year = 1970, month = 1, date = 1;
        for (const part of format.formatToParts(ms)) {
          if (part.type === 'year') year = Number(part.value);
          else if (part.type === 'month') month = Number(part.value);
          else if (part.type === 'day') date = Number(part.value);
        }
        day = Math.round(Date.UTC(year, month - 1, date) / DAY_MS);
        memo.set(quarter, day);
      }
      return day;
    },
  };
}

/** The browser's own time zone, which is the person's. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
