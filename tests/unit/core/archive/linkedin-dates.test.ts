// LinkedIn's zone-less dates read as local time, asserted against the local Date constructor so
// the tests hold in any TZ the machine runs in.
import { describe, expect, test } from 'vitest';
import { localDateOf, parseConnectedOn, parseSentAt, toLocalIsoString } from '../../../../src/core/archive';
import { Invitation } from '../../../../src/core/schemas';

describe('parseSentAt', () => {
  test.each([
    ['1/29/26, 2:37 PM', new Date(2026, 0, 29, 14, 37)],
    ['11/14/26, 9:05 AM', new Date(2026, 10, 14, 9, 5)],
    ['12/31/26, 12:00 AM', new Date(2026, 11, 31, 0, 0)], // 12 AM is midnight
    ['12/31/26, 12:59 PM', new Date(2026, 11, 31, 12, 59)], // 12 PM is noon
    ['6/3/23, 10:20 am', new Date(2023, 5, 3, 10, 20)],
    ['6/3/2023, 10:20 AM', new Date(2023, 5, 3, 10, 20)],
    ['6/3/23, 10:20\u202fPM', new Date(2023, 5, 3, 22, 20)], // narrow no-break space from newer ICU
    ['  2/29/28, 1:00 PM ', new Date(2028, 1, 29, 13, 0)], // leap day, surrounding spaces
    ['2/3/26, 4:05:06 PM', new Date(2026, 1, 3, 16, 5, 6)],
  ])('%s', (text, expected) => {
    expect(parseSentAt(text)?.getTime()).toBe(expected.getTime());
  });

  test.each(['', '2026-01-29T14:37:00Z', '13/1/26, 2:37 PM', '2/30/26, 1:00 PM', '2/29/26, 1:00 PM', '1/29/26, 13:37 PM',
    '1/29/26, 0:10 AM', '1/29/26, 2:60 PM', '1/29/26 2:37', '29 Jan 2026', '=HYPERLINK("x")'])('refuses %j', (text) => {
    expect(parseSentAt(text)).toBeNull();
  });
});

describe('parseConnectedOn', () => {
  test.each([
    ['08 Feb 2026', '2026-02-08', new Date(2026, 1, 8)],
    ['2 Nov 2026', '2026-11-02', new Date(2026, 10, 2)],
    ['14 nov 2019', '2019-11-14', new Date(2019, 10, 14)],
    ['01 Sept 2026', '2026-09-01', new Date(2026, 8, 1)],
  ])('%s', (text, date, midnight) => {
    expect(parseConnectedOn(text)).toEqual({ date, localMidnight: midnight });
  });

  test.each(['', '31 Feb 2026', '08 Foo 2026', '2026-02-08', '8/2/2026', '08 Feb 26'])('refuses %j', (text) => {
    expect(parseConnectedOn(text)).toBeNull();
  });
});

describe('toLocalIsoString', () => {
  test('keeps the local wall time and states the offset; the instant is unchanged', () => {
    const date = new Date(2026, 10, 14, 9, 5);
    const iso = toLocalIsoString(date);
    expect(iso).toMatch(/^2026-11-14T09:05:00\.000[+-]\d\d:\d\d$/);
    expect(Date.parse(iso)).toBe(date.getTime());
    expect(Invitation.shape.sentAt.safeParse(iso).success).toBe(true);
  });

  test('localDateOf gives the local calendar day', () => {
    expect(localDateOf(new Date(2026, 0, 1, 23, 59))).toBe('2026-01-01');
  });
});
