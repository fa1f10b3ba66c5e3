// Time to acceptance, weeks, takeaways and zoned days: the parts under the histogram, the weekly
// line and the sentence under each chart.
import { describe, expect, test } from 'vitest';
import { rateOf } from '../../../../src/core/insights';
import type { InsightRecord } from '../../../../src/core/insights/records';
import type { GroupStats } from '../../../../src/core/insights/rates';
import { takeawayOf } from '../../../../src/core/insights/takeaway';
import { acceptanceTiming, weeklyCounts } from '../../../../src/core/insights/timing';
import { mondayOf, weekdayOf, zonedDays } from '../../../../src/core/insights/zoned-day';

const DAY = 86_400_000;
const record = (patch: Partial<InsightRecord>): InsightRecord => ({
  outcome: 'accepted', sentMs: 0, sentDay: 20_000, mature: true, templateId: null, length: 'none', coach: 'no-note',
  weekday: 0, usedTalkingPoint: undefined, daysToAccept: null, ...patch,
});
const group = (key: string, accepted: number, counted: number): GroupStats => ({
  key, counted, accepted, replied: 0, withdrawn: 0, tooRecent: 0, acceptance: rateOf(accepted, counted), reply: rateOf(0, counted),
});

describe('acceptanceTiming', () => {
  test('bins by calendar days, a median, replied and undated ones apart', () => {
    const timing = acceptanceTiming([
      record({ daysToAccept: 0 }), record({ daysToAccept: 1 }), record({ daysToAccept: 3 }), record({ daysToAccept: 45 }),
      record({ daysToAccept: null }), record({ outcome: 'replied', daysToAccept: null }), record({ outcome: 'pending' }),
    ]);
    expect(timing.bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 0, 1]);
    expect(timing).toMatchObject({ dated: 4, medianDays: 2, undated: 1 });
  });
});

describe('weeklyCounts', () => {
  test('no more than the last 104 weeks; older ones are counted as earlier', () => {
    const today = 20_000;
    const weekly = weeklyCounts([record({ sentDay: today - 7 * 200 }), record({ sentDay: today })], today);
    expect(weekly.weeks).toHaveLength(104);
    expect(weekly.earlier).toBe(1);
    expect(weekly.weeks.at(-1)).toEqual({ monday: mondayOf(today), count: 1 });
  });
});

describe('takeawayOf', () => {
  test('compares the best and worst measured groups and says when the gap is clear', () => {
    const clear = takeawayOf([group('a', 62, 100), group('b', 20, 80), group('tiny', 9, 9)]);
    expect(clear).toMatchObject({ kind: 'compare', best: { key: 'a' }, worst: { key: 'b' }, clear: true });
    const overlapping = takeawayOf([group('a', 13, 25), group('b', 10, 25)]);
    expect(overlapping).toMatchObject({ kind: 'compare', clear: false });
  });

  test('one measured group is a single finding; none is too few', () => {
    expect(takeawayOf([group('a', 10, 30), group('b', 1, 3)])).toMatchObject({ kind: 'single', group: { key: 'a' } });
    expect(takeawayOf([group('b', 1, 3)])).toEqual({ kind: 'too-few' });
  });
});

describe('zonedDays', () => {
  test('calendar days follow the zone, across a daylight-saving change', () => {
    const berlin = zonedDays('Europe/Berlin');
    // 2026-03-29 is the spring change in Berlin; 23:30 UTC on the 28th is already the 29th there.
    const day = berlin.dayNumber(Date.parse('2026-03-28T23:30:00Z'));
    expect(new Date(day * DAY).toISOString().slice(0, 10)).toBe('2026-03-29');
    expect(berlin.dayNumber(Date.parse('2026-03-29T21:59:00Z'))).toBe(day);
    expect(berlin.dayNumber(Date.parse('2026-03-29T22:00:00Z'))).toBe(day + 1);
    expect(weekdayOf(day)).toBe(6);
  });

  test('Monday is 0 and Sunday 6; the week starts on Monday', () => {
    const monday = Date.UTC(2026, 10, 30) / DAY;
    expect([0, 1, 6].map((d) => weekdayOf(monday + d))).toEqual([0, 1, 6]);
    expect(mondayOf(monday + 6)).toBe(monday);
    expect(mondayOf(monday + 7)).toBe(monday + 7);
  });
});
