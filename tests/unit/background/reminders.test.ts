// Due and stale boundaries in calendar days of the person's time zone, across DST changes.
process.env.TZ = 'Europe/Berlin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bucketOf, calendarDaysBetween, localDayNumber, nextLocalMidnight, reinviteLockedUntil, startOfLocalWeek } from '../../../src/core/reminders';

const settings = { followUpAfterDays: 7, giveUpAfterDays: 21 };
const local = (s: string) => new Date(s).getTime();
const pendingSentAt = (s: string, followedUpAt?: string) => ({ status: 'pending' as const, followedUpAt, sentDay: localDayNumber(local(s)) });
const today = (s: string) => localDayNumber(local(s));

describe('reminders', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs in the time zone the test pinned', () => {
    expect(new Date('2026-07-01T12:00:00Z').getTimezoneOffset()).toBe(-120);
  });

  it('is waiting on day 6 and due on day 7, whatever the hour', () => {
    const inv = pendingSentAt('2026-06-01T23:59:00');
    expect(bucketOf(inv, settings, today('2026-06-07T23:59:59'))).toBe('waiting');
    expect(bucketOf(inv, settings, today('2026-06-08T00:00:00'))).toBe('due');
  });

  it('counts calendar days, not 24-hour periods: sent late evening, due at midnight of day 7', () => {
    expect(calendarDaysBetween(local('2026-06-01T23:30:00'), local('2026-06-08T00:05:00'))).toBe(7);
    expect(calendarDaysBetween(local('2026-06-01T00:05:00'), local('2026-06-07T23:55:00'))).toBe(6);
  });

  it('is stale from day 21 and stays stale, due or not', () => {
    const inv = pendingSentAt('2026-06-01T10:00:00');
    expect(bucketOf(inv, settings, today('2026-06-21T10:00:00'))).toBe('due');
    expect(bucketOf(inv, settings, today('2026-06-22T00:00:01'))).toBe('stale');
    expect(bucketOf(pendingSentAt('2026-06-01T10:00:00', '2026-06-09T10:00:00Z'), settings, today('2026-06-22T10:00:00'))).toBe('stale');
  });

  it('is no longer due once followed up, and closed once not pending', () => {
    expect(bucketOf(pendingSentAt('2026-06-01T10:00:00', '2026-06-09T10:00:00Z'), settings, today('2026-06-10T10:00:00'))).toBe('waiting');
    expect(bucketOf({ ...pendingSentAt('2026-06-01T10:00:00'), status: 'accepted' }, settings, today('2026-06-10T10:00:00'))).toBe('closed');
  });

  it('spring forward (23-hour day) neither skips nor doubles a day', () => {
    // Berlin moves from 02:00 to 03:00 on 2026-03-29.
    const sent = local('2026-03-25T00:30:00');
    const days = [...Array(8).keys()].map((d) => calendarDaysBetween(sent, new Date(2026, 2, 25 + d, 0, 30).getTime()));
    expect(days).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(bucketOf(pendingSentAt('2026-03-25T00:30:00'), settings, today('2026-03-31T23:59:00'))).toBe('waiting');
    expect(bucketOf(pendingSentAt('2026-03-25T00:30:00'), settings, today('2026-04-01T00:00:00'))).toBe('due');
  });

  it('fall back (25-hour day) neither skips nor doubles a day', () => {
    // Berlin moves from 03:00 back to 02:00 on 2026-10-25.
    const sent = local('2026-10-21T23:30:00');
    expect(calendarDaysBetween(sent, local('2026-10-25T23:30:00'))).toBe(4);
    expect(calendarDaysBetween(sent, local('2026-10-26T00:10:00'))).toBe(5);
    expect(calendarDaysBetween(sent, local('2026-10-28T00:00:00'))).toBe(7);
  });

  it('schedules the next midnight 23, 24 or 25 hours after the previous one', () => {
    const hours = (from: string) => (nextLocalMidnight(local(from)) - local(from)) / 3_600_000;
    expect(hours('2026-03-29T00:00:00')).toBe(23);
    expect(hours('2026-06-10T00:00:00')).toBe(24);
    expect(hours('2026-10-25T00:00:00')).toBe(25);
    expect(new Date(nextLocalMidnight(local('2026-12-31T18:00:00'))).getDate()).toBe(1);
  });

  it('starts the week on Monday at local midnight', () => {
    const monday = new Date(startOfLocalWeek(local('2026-11-29T12:00:00')));
    expect([monday.getDay(), monday.getDate(), monday.getHours()]).toEqual([1, 23, 0]);
  });

  it('locks a re-invite for 21 days after a withdrawal', () => {
    const withdrawn = { status: 'withdrawn' as const, statusChangedAt: '2026-11-01T10:00:00.000Z' };
    expect(reinviteLockedUntil(withdrawn, Date.parse('2026-11-10T00:00:00Z'))).toBe('2026-11-22T10:00:00.000Z');
    expect(reinviteLockedUntil(withdrawn, Date.parse('2026-11-22T10:00:01Z'))).toBeNull();
    expect(reinviteLockedUntil({ status: 'pending', statusChangedAt: undefined }, Date.now())).toBeNull();
  });
});
