// queue.open: the popup's one question as it opens. Each section's first page and size are exactly
// what invitations.list answers for that section (oldest first), and the summary is queue.summary's,
// whatever the statuses, days, follow-ups and conversations — found in one walk without a sort.
process.env.TZ = 'Europe/Berlin';
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { listInvitations, queueOpening, queueSummary } from '../../../src/background/queries';
import { InvitationTable } from '../../../src/background/store/invitation-table';
import { conversationStages, invitationStatuses, Settings, type Invitation } from '../../../src/core/schemas';
import type { QueueSection } from '../../../src/shared/messages';
import { createBackground, daysAgo, setNow } from './background';
import '../fast-check-seed';

const settings = Settings.parse({});
const NOW = Date.parse('2026-12-03T10:00:00Z');
const DAY = 86_400_000;
const at = (days: number, hour = 0) => new Date(NOW - days * DAY - hour * 3_600_000).toISOString();

const invitation = fc.record({
  id: fc.oneof(fc.stringMatching(/^[a-z0-9]{1,4}$/), fc.constantFrom('A', 'a', 'B', 'ä', 'ins-1', 'ins-10')),
  // Few distinct times, so that many invitations tie and the order by id decides.
  sent: fc.constantFrom(0, 2, 9, 9, 10, 25, 25, 40),
  hour: fc.constantFrom(0, 1),
  status: fc.constantFrom(...invitationStatuses),
  followedUp: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  changed: fc.option(fc.constantFrom(0, 3, 9, 20), { nil: undefined }),
  conversation: fc.option(fc.record({ stage: fc.constantFrom(...conversationStages), requested: fc.constantFrom(0, 3, 8, 20), followedUp: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }) }), { nil: undefined }),
}).map((r): Invitation => ({
  id: r.id, profileUrl: `https://www.linkedin.com/in/p-${r.id.charCodeAt(0)}/`, name: `Person ${r.id}`, note: '',
  sentAt: at(r.sent, r.hour), status: r.status, source: 'composer',
  ...(r.followedUp === undefined ? {} : { followedUpAt: at(r.followedUp) }),
  ...(r.changed === undefined ? {} : { statusChangedAt: at(r.changed) }),
  ...(r.conversation ? { conversation: { stage: r.conversation.stage, requestedAt: at(r.conversation.requested), ...(r.conversation.followedUp === undefined ? {} : { followedUpAt: at(r.conversation.followedUp) }) } } : {}),
}));

const sections: QueueSection[] = ['due', 'waiting', 'stale', 'ask', 'request-due', 'no-reply'];
const conversational = (s: QueueSection) => s === 'ask' || s === 'request-due' || s === 'no-reply';

describe('queue.open', () => {
  test('property: each section is invitations.list\'s first page of it, and the summary is queue.summary', () => {
    fc.assert(fc.property(fc.uniqueArray(invitation, { maxLength: 80, selector: (inv) => inv.id }), fc.integer({ min: 1, max: 12 }), (invitations, limit) => {
      const table = new InvitationTable();
      for (const inv of invitations) table.put(inv);
      const opening = queueOpening(table, settings, limit, NOW);
      expect(opening.summary).toEqual(queueSummary(table, settings, NOW));
      for (const section of sections) {
        const filter = conversational(section) ? { conversation: section as 'ask' } : { bucket: section as 'due' };
        const list = listInvitations(table, settings, { type: 'invitations.list', ...filter, offset: 0, limit, order: 'oldest' }, NOW);
        expect(opening.sections[section]).toEqual(list);
      }
    }), { numRuns: 300 });
  });

  test('opening again gives the kept answer only while the rows, the day and the settings are the same', () => {
    const table = new InvitationTable();
    const person = (id: string, days: number): Invitation => ({ id, profileUrl: `https://www.linkedin.com/in/${id}/`, name: id, note: '', sentAt: at(days), status: 'pending', source: 'composer' });
    table.put(person('a', 9));
    table.put(person('b', 3));
    const first = queueOpening(table, settings, 5, NOW);
    expect(queueOpening(table, settings, 5, NOW + 60_000)).toBe(first);
    expect(first.sections.due.total).toBe(1);

    table.put(person('c', 10));
    const changed = queueOpening(table, settings, 5, NOW);
    expect(changed.sections.due.items.map((v) => v.id)).toEqual(['c', 'a']);
    expect(queueOpening(table, { ...settings, followUpAfterDays: 2 }, 5, NOW).sections.due.total).toBe(3);
    expect(queueOpening(table, settings, 5, NOW + 5 * DAY).sections.due.items.map((v) => v.daysSinceSent)).toEqual([15, 14, 8]);
    expect(queueOpening(table, settings, 1, NOW).sections.due.items).toHaveLength(1);
  });

  test('a time zone changed while the worker lives counts days in the new zone, kept answer or not', () => {
    const table = new InvitationTable();
    // 20:00 UTC: the 24th in Berlin, already the 25th at UTC+14; the morning after is the 3rd in both.
    table.put({ id: 'a', profileUrl: 'https://www.linkedin.com/in/a/', name: 'a', note: '', sentAt: '2026-11-24T20:00:00.000Z', status: 'pending', source: 'composer' });
    const now = Date.parse('2026-12-03T08:00:00Z');
    const days = () => queueOpening(table, settings, 5, now).sections.due.items.map((v) => v.daysSinceSent);
    const listed = () => listInvitations(table, settings, { type: 'invitations.list', offset: 0, limit: 5, bucket: 'due', order: 'oldest' }, now).items.map((v) => v.daysSinceSent);
    expect(days()).toEqual([9]);
    expect(listed()).toEqual([9]);
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(days()).toEqual([8]);
      expect(listed()).toEqual([8]);
    } finally {
      process.env.TZ = 'Europe/Berlin';
    }
    expect(days()).toEqual([9]);
  });

  afterEach(() => vi.useRealTimers());

  test('through the router: defaults to pages of 25, a bad limit is refused', async () => {
    vi.useFakeTimers();
    const now = setNow('2026-06-20T10:00:00');
    const bg = createBackground();
    for (let i = 0; i < 30; i++) {
      await bg.send({ type: 'invitation.sent', profileUrl: `https://www.linkedin.com/in/p${i}/`, name: `P ${i}`, note: '', sentAt: daysAgo(8 + (i % 3), now) });
    }
    const opening = await bg.send({ type: 'queue.open' });
    expect(opening.sections.due.total).toBe(30);
    expect(opening.sections.due.items).toHaveLength(25);
    expect(opening.sections.due.items[0]!.daysSinceSent).toBe(10);
    expect(opening.summary.due).toBe(30);
    await expect(bg.send({ type: 'queue.open', limit: 0 })).rejects.toMatchObject({ code: 'invalid-message' });
  });
});
