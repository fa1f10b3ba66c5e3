// invitations.list pages in send order, ties by id (plain code-unit order), whichever way: the
// sorted order the table keeps gives exactly the order of comparing the times directly.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { listInvitations } from '../../../src/background/queries';
import { InvitationTable } from '../../../src/background/store/invitation-table';
import { Settings, type Invitation } from '../../../src/core/schemas';
import '../fast-check-seed';

const settings = Settings.parse({});
const NOW = Date.parse('2026-12-03T10:00:00Z');

const invitation = fc.record({
  id: fc.oneof(fc.stringMatching(/^[a-z0-9]{1,4}$/), fc.constantFrom('A', 'a', 'b', 'B', 'ä', 'ins-1', 'ins-10', 'ins-2')),
  // Few distinct times, so that many invitations tie.
  sentAt: fc.constantFrom('2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z', '2026-10-30T23:59:59.999Z', '2026-11-01T10:00:00.001Z'),
}).map(({ id, sentAt }) => ({
  id, sentAt, profileUrl: `https://www.linkedin.com/in/p-${id.charCodeAt(0)}/`, name: 'Ana Souza', note: '', status: 'pending', source: 'composer',
}) as unknown as Invitation);

describe('listInvitations order', () => {
  test('property: every page is the slice of the directly compared order', () => {
    fc.assert(fc.property(fc.uniqueArray(invitation, { maxLength: 60, selector: (inv) => inv.id }), fc.constantFrom('oldest' as const, 'newest' as const), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 30 }), (invitations, order, offset, limit) => {
      const direction = order === 'oldest' ? 1 : -1;
      const expected = [...invitations].sort((a, b) => direction * (Date.parse(a.sentAt) - Date.parse(b.sentAt)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(offset, offset + limit);
      const table = new InvitationTable();
      for (const inv of invitations) table.put(inv);
      const { items, total } = listInvitations(table, settings, { type: 'invitations.list', offset, limit, order }, NOW);
      expect(total).toBe(invitations.length);
      expect(items.map((view) => view.id)).toEqual(expected.map((inv) => inv.id));
      expect(items.every((view, i) => view.sentAt === expected[i]!.sentAt)).toBe(true);
    }), { numRuns: 500 });
  });
});
