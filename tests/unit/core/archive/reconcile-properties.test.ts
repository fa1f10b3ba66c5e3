// Properties of planning over random exports and tracked lists: applying a plan and planning
// again changes nothing, and only pending invitations ever change status.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planArchiveImport } from '../../../../src/core/archive';
import { invitationStatuses } from '../../../../src/core/schemas';
import { CONNECTIONS_HEADER, INVITATIONS_HEADER, applyPlan, connection, csv, outgoing, readLinkedIn, trackedInvitation, utf8 } from './archive-helpers';
import { zipSync } from 'fflate';

const NOW = new Date(2026, 11, 31, 12, 0);
// A few people, written the ways LinkedIn and the composer may write their slugs.
const people = ['ana', 'bo-kim', 'j%C3%BCrgen', 'zoe-77'];
const spellings = (slug: string) => [slug, slug.toUpperCase(), `${slug}/`, `${slug}?trk=x`];

const person = fc.constantFrom(...people);
const day = fc.integer({ min: 1, max: 28 });
const outgoingRow = fc.record({ person, spelling: fc.nat(3), day, hour: fc.integer({ min: 1, max: 12 }) });
const connectionRow = fc.record({ person, spelling: fc.nat(3), day });
const trackedRow = fc.record({ person, day, hour: fc.integer({ min: 0, max: 23 }), status: fc.constantFrom(...invitationStatuses) });

describe('planArchiveImport properties', () => {
  test('idempotent, and only pending ever becomes accepted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(outgoingRow, { maxLength: 8 }), fc.array(connectionRow, { maxLength: 4 }), fc.array(trackedRow, { maxLength: 6 }),
        async (outgoingRows, connectionRows, trackedRows) => {
          const invitations = csv(INVITATIONS_HEADER, outgoingRows.map((r) =>
            outgoing(r.person, spellings(r.person)[r.spelling]!, `11/${r.day}/26, ${r.hour}:00 PM`)));
          const connections = csv(CONNECTIONS_HEADER, connectionRows.map((r) =>
            connection(r.person, 'X', spellings(r.person)[r.spelling]!, `${String(r.day).padStart(2, '0')} Dec 2026`)));
          const input = await readLinkedIn(zipSync({ 'Invitations.csv': utf8(invitations), 'Connections.csv': utf8(connections) }));
          const tracked = trackedRows.map((r) => trackedInvitation(r.person, new Date(2026, 10, r.day, r.hour), { status: r.status }));

          const first = planArchiveImport(input, tracked, NOW);
          for (const update of first.updates) {
            const before = tracked.find((t) => t.id === update.id)!;
            expect([before.status, update.status]).toEqual(['pending', 'accepted']);
          }
          expect(first.skipped).toEqual([]);
          const applied = applyPlan(tracked, first);
          const second = planArchiveImport(input, applied, NOW);
          expect(second.newlyTracked).toEqual([]);
          expect(second.updates).toEqual([]);
          expect(second.alreadyKnown).toBe(outgoingRows.length);
        }),
      { numRuns: 150 },
    );
  });
});
