// The conversation's reminders (issue #21): follow up once after 7 calendar days, "no reply" after
// 14, counted in the person's own time zone, across a daylight-saving change; fresh acceptances only.
process.env.TZ = 'Europe/Berlin';
import { describe, expect, it } from 'vitest';
import { conversationBucketOf, conversationFacts, conversationReminderDays } from '../../../src/core/conversation';
import { localDayNumber } from '../../../src/core/reminders';
import type { Invitation } from '../../../src/core/schemas';

const timing = { conversationFollowUpAfterDays: 7, conversationCloseAfterDays: 14 };
const at = (local: string) => new Date(local).toISOString();
const day = (local: string) => localDayNumber(new Date(local).getTime());
const base: Invitation = { id: 'a', profileUrl: 'https://www.linkedin.com/in/a/', name: 'A', note: '', sentAt: at('2026-03-01T10:00:00'), status: 'accepted', source: 'composer' };
const requested = (requestedAt: string, extra: Partial<NonNullable<Invitation['conversation']>> = {}): Invitation =>
  ({ ...base, statusChangedAt: at('2026-03-02T10:00:00'), conversation: { stage: 'requested', requestedAt: at(requestedAt), ...extra } });
const bucket = (inv: Invitation, today: string) => conversationBucketOf(conversationFacts(inv), timing, day(today));

describe('conversation reminders', () => {
  it('runs in the time zone the test pinned', () => {
    expect(new Date('2026-07-01T12:00:00Z').getTimezoneOffset()).toBe(-120);
  });

  it('is waiting through day 6 and due on day 7, whatever the hour', () => {
    const inv = requested('2026-06-01T23:59:00');
    expect(bucket(inv, '2026-06-07T23:59:59')).toBe('requested');
    expect(bucket(inv, '2026-06-08T00:00:00')).toBe('request-due');
  });

  it('is "no reply" from day 14, followed up or not', () => {
    expect(bucket(requested('2026-06-01T10:00:00'), '2026-06-14T23:59:00')).toBe('request-due');
    expect(bucket(requested('2026-06-01T10:00:00'), '2026-06-15T00:00:00')).toBe('no-reply');
    expect(bucket(requested('2026-06-01T10:00:00', { followedUpAt: at('2026-06-09T09:00:00') }), '2026-06-10T10:00:00')).toBe('requested');
    expect(bucket(requested('2026-06-01T10:00:00', { followedUpAt: at('2026-06-09T09:00:00') }), '2026-06-15T00:00:00')).toBe('no-reply');
  });

  it('spring forward (a 23-hour day inside the week) neither skips nor doubles a day', () => {
    // Berlin moves from 02:00 to 03:00 on 2026-03-29.
    const inv = requested('2026-03-25T00:30:00');
    expect(bucket(inv, '2026-03-31T23:59:00')).toBe('requested');
    expect(bucket(inv, '2026-04-01T00:00:00')).toBe('request-due');
    expect(bucket(inv, '2026-04-07T23:59:00')).toBe('request-due');
    expect(bucket(inv, '2026-04-08T00:00:00')).toBe('no-reply');
    const { followUpDay, closeDay } = conversationReminderDays(at('2026-03-25T00:30:00'), timing);
    expect([followUpDay, closeDay]).toEqual([day('2026-04-01T12:00:00'), day('2026-04-08T12:00:00')]);
  });

  it('fall back (a 25-hour day) neither skips nor doubles a day', () => {
    // Berlin moves from 03:00 back to 02:00 on 2026-10-25; late evening is where 24-hour steps slip.
    const inv = requested('2026-10-21T23:30:00');
    expect(bucket(inv, '2026-10-28T00:00:00')).toBe('request-due');
    expect(bucket(inv, '2026-10-27T23:59:00')).toBe('requested');
    expect(bucket(inv, '2026-11-04T00:00:00')).toBe('no-reply');
  });

  it('asks for a conversation only while the acceptance is fresh, and never twice', () => {
    const accepted = { ...base, statusChangedAt: at('2026-06-01T10:00:00') };
    expect(bucket(accepted, '2026-06-01T12:00:00')).toBe('ask');
    expect(bucket(accepted, '2026-06-14T23:00:00')).toBe('ask');
    expect(bucket(accepted, '2026-06-15T00:00:00')).toBe('none');
    expect(bucket({ ...accepted, status: 'pending' }, '2026-06-02T12:00:00')).toBe('none');
    expect(bucket({ ...accepted, status: 'declined' }, '2026-06-02T12:00:00')).toBe('none');
    expect(bucket(requested('2026-06-02T10:00:00'), '2026-06-03T12:00:00')).toBe('requested');
  });

  it('an answered, met or closed conversation leaves the queue', () => {
    for (const stage of ['replied', 'met', 'closed'] as const) {
      expect(bucket(requested('2026-06-01T10:00:00', { stage }), '2026-06-09T10:00:00')).toBe('done');
    }
  });

  it('uses the settings, not fixed numbers', () => {
    const inv = requested('2026-06-01T10:00:00');
    const facts = conversationFacts(inv);
    expect(conversationBucketOf(facts, { conversationFollowUpAfterDays: 3, conversationCloseAfterDays: 5 }, day('2026-06-04T08:00:00'))).toBe('request-due');
    expect(conversationBucketOf(facts, { conversationFollowUpAfterDays: 3, conversationCloseAfterDays: 5 }, day('2026-06-06T08:00:00'))).toBe('no-reply');
  });
});
