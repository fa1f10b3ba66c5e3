// The worker's start asks the time zone once per day, not once per invitation (local-days.ts):
// the day numbers it gives must be exactly localDayNumber's, in every kind of zone — clock
// changes at midnight (a skipped or a repeated midnight), half-hour and 45-minute offsets, a
// 30-minute clock change, a whole skipped day, a 2-hour change. Node re-reads process.env.TZ when
// it is assigned; this file switches zones and restores the original afterwards.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DAY_MS, localDayNumber } from '../../../src/core/reminders';
import { forgetLocalDays, localDayOf } from '../../../src/background/local-days';

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const zones = [
  'Europe/Berlin',
  'America/Sao_Paulo', // DST began and ended at midnight
  'America/Havana', // midnight clock changes
  'Asia/Beirut', // midnight clock changes
  'Australia/Lord_Howe', // a 30-minute clock change
  'Asia/Kathmandu', // +5:45
  'America/St_Johns', // -3:30 with DST
  'Pacific/Apia', // skipped 30 December 2011 entirely
  'Antarctica/Troll', // a 2-hour clock change
  'Pacific/Kiritimati', // +14
  'UTC',
];

function useZone(zone: string): void {
  process.env.TZ = zone;
  forgetLocalDays();
}

const MINUTE = 60_000;
const YEAR_2005 = Date.UTC(2005, 0, 1);
const YEAR_2030 = Date.UTC(2030, 0, 1);

describe.each(zones)('%s', (zone) => {
  it('gives localDayNumber every 29 minutes from 2005 to 2030, and every minute around each clock change', () => {
    useZone(zone);
    // The zone switch took effect (UTC aside, none of these is at +0 all year).
    if (zone !== 'UTC') expect([new Date(2026, 0, 15).getTimezoneOffset(), new Date(2026, 6, 15).getTimezoneOffset()]).not.toEqual([0, 0]);
    const wrong: number[] = [];
    const check = (at: number) => void (localDayOf(at) !== localDayNumber(at) && wrong.push(at));
    let changes = 0;
    // Backwards, so the minutes around a change meet days already kept and fresh ones alike.
    for (let at = YEAR_2030; at > YEAR_2005; at -= 29 * MINUTE) {
      check(at);
      if (new Date(at).getTimezoneOffset() === new Date(at - 29 * MINUTE).getTimezoneOffset()) continue;
      changes += 1;
      for (let m = at - 3 * 60 * MINUTE; m < at + 3 * 60 * MINUTE; m += MINUTE) check(m);
    }
    expect(wrong.map((at) => new Date(at).toISOString())).toEqual([]);
    if (zone !== 'UTC' && zone !== 'Asia/Kathmandu' && zone !== 'Pacific/Kiritimati') expect(changes).toBeGreaterThan(10);
  });

  it('gives localDayNumber for any instant, to the millisecond', () => {
    useZone(zone);
    const near = fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: -2 * DAY_MS, max: 2 * DAY_MS })).map(([day, offset]) => Math.max(0, day * DAY_MS + offset));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 8.64e15 }), near), { minLength: 1, maxLength: 40 }), (instants) => {
        for (const ms of instants) expect(localDayOf(ms)).toBe(localDayNumber(ms));
      }),
      { numRuns: 300 },
    );
  });
});
