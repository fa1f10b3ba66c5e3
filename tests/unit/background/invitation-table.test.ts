// The worker start checks every stored invitation but expands none (store/invitation-table.ts):
// what cannot be read is still kept aside at start, queries read the compact records and give
// the answers the full invitations would, and every write lands in storage and in the next page.
process.env.TZ = 'Europe/Berlin';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { conversationFacts } from '../../../src/core/conversation';
import { profileKey, profileUrlFromKey } from '../../../src/core/profile-key';
import { localDayNumber } from '../../../src/core/reminders';
import { facts, keyOfStored } from '../../../src/background/invitation-facts';
import { encodeInvitation, expandInvitation } from '../../../src/background/store/invitation-record';
import { InvitationTable } from '../../../src/background/store/invitation-table';
import type { CompactRecord } from '../../../src/background/store/compact-check';
import { createBackground, daysAgo, setNow } from './background';
import { FakeArea } from './fake-browser';

const ms = fc.integer({ min: 0, max: 4_102_444_800_000 });
const stored: fc.Arbitrary<CompactRecord> = fc.record(
  {
    v: fc.constant(4 as const),
    i: fc.string({ minLength: 1, maxLength: 12 }),
    k: fc.oneof(fc.constantFrom('ana-souza', 'Ana-Souza', 'béa', 'ana//', 'a%2Fb', 'x/y/', 'ÄÖ'), fc.string({ minLength: 1, maxLength: 20 }).filter((k) => k.replace(/\/+$/, '').length > 0)),
    n: fc.string({ maxLength: 20 }),
    t: fc.constantFrom('', '  ', '\n\t', ' hi ', 'Hi Ana', '\u00a0'),
    s: ms,
    st: fc.integer({ min: 0, max: 4 }),
    f: ms,
    sc: ms,
    q: fc.record({ s: fc.integer({ min: 0, max: 4 }), r: ms, f: ms }, { requiredKeys: ['r'] }),
  },
  { requiredKeys: ['v', 'i', 'k', 'n', 's'] },
);

describe('facts read from a compact record', () => {
  it('equal what the expanded invitation gives (dates, days, status, person, note)', () => {
    fc.assert(
      fc.property(stored, (record) => {
        const inv = expandInvitation(record);
        const table = new InvitationTable();
        table.addStored(record);
        const got = facts([...table.rows()][0]!);
        expect(got.ms).toBe(Date.parse(inv.sentAt));
        expect(got.tracked).toEqual({ status: inv.status, followedUpAt: inv.followedUpAt, sentDay: localDayNumber(Date.parse(inv.sentAt)) });
        expect(got.conversation).toEqual(conversationFacts(inv));
        expect(got.key).toBe(profileKey(inv.profileUrl));
        expect(got.hasNote).toBe(inv.note.trim() !== '');
      }),
      { numRuns: 2000 },
    );
  });

  it('name the person as profileKey() does, without building the address', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 30 }), (k) => {
      let expected: string | null;
      try {
        expected = profileKey(profileUrlFromKey(k));
      } catch {
        return; // a lone surrogate: no address can be built from it either
      }
      expect(keyOfStored(k)).toBe(expected);
    }), { numRuns: 3000 });
  });
});

describe('a worker start with many invitations', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-11-23T10:00:00');
  });
  afterEach(() => vi.useRealTimers());

  async function seeded(count: number) {
    const local = new FakeArea();
    const items: Record<string, unknown> = {};
    for (let i = 0; i < count; i++) {
      const id = `p${String(i).padStart(4, '0')}`;
      items[`i:${id}`] = encodeInvitation({ id, profileUrl: `https://www.linkedin.com/in/person-${i}/`, name: `Person ${i}`, note: 'Hi', sentAt: daysAgo(i % 30), status: 'pending', source: 'composer' });
    }
    // Damaged in ways only zod can name, from a newer Rapport, and under another record's key.
    items['i:bad'] = { v: 3, i: 'bad', k: 'x', n: 'X', s: 1, st: 99 };
    items['i:future'] = { v: 5, i: 'future' };
    items['i:stolen'] = { ...(items['i:p0001'] as object) };
    await local.set(items);
    return createBackground({ local, sync: new FakeArea(), session: new FakeArea() });
  }

  it('keeps aside what cannot be read at start, before anything is asked of it, and expands nothing for the badge and summary', async () => {
    const bg = await seeded(2000);
    const summary = await bg.send({ type: 'queue.summary' });
    expect(summary.total).toBe(2000);
    expect((await bg.send({ type: 'quarantine.list' })).items.map((q) => q.key).sort()).toEqual(['i:bad', 'i:future', 'i:stolen']);
    expect((await bg.send({ type: 'quarantine.list' })).items.find((q) => q.key === 'i:bad')?.reason).toMatch(/^st: /);
    expect(await bg.badge()).not.toBe('');
    const rows = [...(await bg.store.state()).invitations.rows()];
    expect(rows.filter((row) => row.invitation).length).toBe(0);

    const page = await bg.send({ type: 'invitations.list', bucket: 'due', order: 'oldest', limit: 10 });
    expect(page.items).toHaveLength(10);
    expect(rows.filter((row) => row.invitation).map((row) => row.id).sort()).toEqual(page.items.map((i) => i.id).sort());
    // The damaged records are still in storage, untouched.
    expect(bg.local.raw('i:bad')).toEqual({ v: 3, i: 'bad', k: 'x', n: 'X', s: 1, st: 99 });
  });

  it('lands every write in storage and in the next page, across a restart', async () => {
    const bg = await seeded(300);
    const before = await bg.send({ type: 'invitations.list', order: 'newest', limit: 5 });
    // Ties (same day sent) come in id order, whatever the direction.
    const sameTime = before.items.filter((i) => i.sentAt === before.items[0]!.sentAt).map((i) => i.id);
    expect(sameTime).toEqual([...sameTime].sort());

    const { invitation } = await bg.send({ type: 'invitation.sent', profileUrl: 'https://www.linkedin.com/in/new-person/', name: 'New Person', note: 'Hi' });
    const target = before.items[1]!.id;
    await bg.send({ type: 'invitation.set-status', id: target, status: 'accepted' });
    const after = await bg.send({ type: 'invitations.list', order: 'newest', limit: 5 });
    expect(after.items[0]!.id).toBe(invitation.id);
    expect(after.total).toBe(before.total + 1);
    expect(after.items.find((i) => i.id === target)?.status).toBe('accepted');

    const restarted = bg.restart();
    const again = await restarted.send({ type: 'invitations.list', order: 'newest', limit: 5 });
    expect(again.items.map((i) => [i.id, i.status])).toEqual(after.items.map((i) => [i.id, i.status]));
    expect((await restarted.send({ type: 'queue.summary' })).byStatus.accepted).toBe(1);
    expect((await restarted.send({ type: 'composer.load', profileUrl: 'https://www.linkedin.com/in/New-Person' })).guard?.tracked?.id).toBe(invitation.id);
  });
});
