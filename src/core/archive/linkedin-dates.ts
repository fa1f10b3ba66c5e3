// LinkedIn's export dates carry no time zone: `Sent At` is "1/29/26, 2:37 PM" and `Connected On`
// is "08 Feb 2026". Both are the person's local time, so they are built with the local Date
// constructor and written out with the offset that zone had *on that date* (DST-correct).

// Month/day/year, a comma, a 12-hour time. Tolerates the narrow and plain no-break spaces newer
// locale data puts before AM/PM, optional seconds and "a.m." spellings.
const SENT_AT = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?[\s\u00a0\u202f]+(\d{1,2}):(\d{2})(?::(\d{2}))?[\s\u00a0\u202f]*([ap])\.?\s*m\.?$/i;
const CONNECTED_ON = /^(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{4})$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** True when year/month/day name a real calendar day (no 31 Feb rolling into March). */
function isCalendarDay(date: Date, year: number, monthIndex: number, day: number): boolean {
  return date.getFullYear() === year && date.getMonth() === monthIndex && date.getDate() === day;
}

/**
 * `"11/14/26, 9:05 AM"` → that local instant, or null. Two-digit years are 20xx; 12 AM is midnight
 * and 12 PM is noon. A time inside a spring-forward gap moves forward, as the platform does.
 */
export function parseSentAt(text: string): Date | null {
  const match = SENT_AT.exec(text.trim());
  if (!match) return null;
  const [, m, d, y, h, min, s, meridiem] = match;
  const month = Number(m);
  const day = Number(d);
  const year = y!.length === 2 ? 2000 + Number(y) : Number(y);
  const hour12 = Number(h);
  const minute = Number(min);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || hour12 < 1 || hour12 > 12 || minute > 59 || second > 59) return null;
  const hour = (hour12 % 12) + (meridiem!.toLowerCase() === 'p' ? 12 : 0);
  const date = new Date(year, month - 1, day, hour, minute, second);
  // Checked against the calendar day only: in a DST gap the hour legitimately shifts.
  return isCalendarDay(date, year, month - 1, day) ? date : null;
}

/** `"08 Feb 2026"` → the calendar date and its local midnight, or null. */
export function parseConnectedOn(text: string): { date: string; localMidnight: Date } | null {
  const match = CONNECTED_ON.exec(text.trim());
  if (!match) return null;
  const day = Number(match[1]);
  const monthIndex = MONTHS.indexOf(match[2]!.toLowerCase());
  const year = Number(match[3]);
  if (monthIndex < 0) return null;
  const localMidnight = new Date(year, monthIndex, day);
  if (!isCalendarDay(localMidnight, year, monthIndex, day)) return null;
  return { date: `${pad(year, 4)}-${pad(monthIndex + 1)}-${pad(day)}`, localMidnight };
}

/** `2026-11-14T09:05:00.000+01:00`: the local wall time plus the offset in force at that instant. */
export function toLocalIsoString(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const offset = `${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}` +
    offset
  );
}

/** The local calendar date of an instant, `YYYY-MM-DD`. */
export function localDateOf(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
