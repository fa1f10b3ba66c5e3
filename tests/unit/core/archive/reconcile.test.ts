// Planning an import against the tracked invitations: joins by profile key only, never moves a
// status back, dedupes within a day, and is idempotent.
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { planArchiveImport, type LinkedInFile } from '../../../../src/core/archive';
import { Invitation } from '../../../../src/core/schemas';
import {
  CONNECTIONS_HEADER, CONNECTIONS_PREAMBLE, INVITATIONS_HEADER, OWNER_URL, applyPlan, connection, csv, fixture, outgoing,
  readLinkedIn, readOneFile, trackedInvitation, utf8,
} from './archive-helpers';

const NOW = new Date(2026, 10, 20, 12, 0);
const HOUR = 60 * 60 * 1000;

async function files(...texts: (string | Uint8Array)[]): Promise<LinkedInFile[]> {
  return Promise.all(texts.map((text) => readOneFile(typeof text === 'string' ? utf8(text) : text)));
}
const invitationsCsv = (...rows: string[][]) => csv(INVITATIONS_HEADER, rows);
const connectionsCsv = (...rows: string[][]) => CONNECTIONS_PREAMBLE + csv(CONNECTIONS_HEADER, rows);

describe('planArchiveImport', () => {
  test('re-importing the same export changes nothing the second time', async () => {
    const input = await readLinkedIn(zipSync({ 'Invitations.csv': fixture('Invitations.csv'), 'Connections.csv': fixture('Connections.csv') }));
    const pending = trackedInvitation('samlee', new Date(2019, 10, 1));
    const first = planArchiveImport(input, [pending], NOW);
    expect(first.newlyTracked).toHaveLength(4);
    expect(first.updates.map((u) => u.id)).toEqual([pending.id]);
    const afterFirst = applyPlan([pending], first);

    const second = planArchiveImport(input, afterFirst, NOW);
    expect(second).toMatchObject({ newlyTracked: [], updates: [], accepted: [], alreadyKnown: 4 });
    expect(second.summary).toBe('0 newly tracked, 0 accepted, 4 already known, 0 skipped');
    expect(applyPlan(afterFirst, second)).toEqual(afterFirst);
  });

  test('a connection turns a pending invitation accepted on its Connected On date', async () => {
    const sent = new Date(2026, 10, 9, 16, 41);
    const pending = trackedInvitation('teodor-miklos', sent, { name: 'Teodor Miklós' });
    const plan = planArchiveImport({ files: await files(fixture('Connections.csv')) }, [pending], NOW);
    expect(plan.updates).toEqual([{ ...pending, status: 'accepted', statusChangedAt: expect.any(String) }]);
    expect(Date.parse(plan.updates[0]!.statusChangedAt!)).toBe(new Date(2026, 10, 12).getTime());
    expect(plan.accepted).toEqual([{ id: pending.id, name: 'Teodor Miklós', connectedOn: '2026-11-12' }]);
    expect(Invitation.parse(plan.updates[0])).toEqual(plan.updates[0]);
  });

  test('accepted the same day: the change is never dated before the send time', async () => {
    const sent = new Date(2026, 10, 12, 15, 0);
    const pending = trackedInvitation('teodor-miklos', sent);
    const plan = planArchiveImport({ files: await files(fixture('Connections.csv')) }, [pending], NOW);
    expect(Date.parse(plan.updates[0]!.statusChangedAt!)).toBe(sent.getTime());
  });

  test.each(['replied', 'declined', 'withdrawn', 'accepted'] as const)('a %s invitation is never moved back', async (status) => {
    const sent = new Date(2026, 10, 9, 16, 41);
    const later = trackedInvitation('teodor-miklos', sent, { status, statusChangedAt: new Date(2026, 10, 10).toISOString() });
    const plan = planArchiveImport(
      { files: await files(fixture('Invitations.csv'), fixture('Connections.csv')) },
      [later],
      NOW,
    );
    expect(plan.updates).toEqual([]);
    expect(plan.accepted.map((a) => a.name)).not.toContain('teodor-miklos');
    expect(plan.newlyTracked.map((i) => i.name)).not.toContain('Teodor Miklós'); // the row is that invitation
    expect(plan.alreadyKnown).toBe(1);
  });

  test('percent-encoded non-ASCII slugs and letter case join the same person', async () => {
    const tracked = [
      trackedInvitation('J%C3%BCrgen-M%C3%BCller', new Date(2026, 10, 3, 8, 0)),
      trackedInvitation('ZOE-ADAMS', new Date(2026, 10, 3, 9, 0)),
    ];
    const plan = planArchiveImport(
      {
        files: await files(
          invitationsCsv(
            outgoing('Jürgen Müller', 'j%c3%bcrgen-m%c3%bcller?trk=abc', '11/3/26, 8:00 AM'),
            outgoing('Zoe Adams', 'zoe-adams/', '11/3/26, 9:00 AM'),
          ),
          connectionsCsv(connection('Jürgen', 'Müller', 'jürgen-müller', '05 Nov 2026'), connection('Zoe', 'Adams', 'Zoe-Adams', '06 Nov 2026')),
        ),
      },
      tracked,
      NOW,
    );
    expect(plan.newlyTracked).toEqual([]);
    expect(plan.alreadyKnown).toBe(2);
    expect(plan.accepted.map((a) => [a.id, a.connectedOn])).toEqual([[tracked[0]!.id, '2026-11-05'], [tracked[1]!.id, '2026-11-06']]);
  });

  test('within a day is the same invitation; beyond a day it is a new one', async () => {
    const rowTime = new Date(2026, 10, 14, 9, 5);
    const plan = (trackedAt: Date) =>
      files(invitationsCsv(outgoing('Hannelore', 'hannelore', '11/14/26, 9:05 AM'))).then((f) =>
        planArchiveImport({ files: f }, [trackedInvitation('hannelore', trackedAt)], NOW),
      );
    expect((await plan(new Date(rowTime.getTime() - 23 * HOUR))).alreadyKnown).toBe(1);
    expect((await plan(new Date(rowTime.getTime() + 24 * HOUR))).alreadyKnown).toBe(1);
    const later = await plan(new Date(rowTime.getTime() + 25 * HOUR));
    expect(later.alreadyKnown).toBe(0);
    expect(later.newlyTracked).toHaveLength(1);
  });

  test('the same row twice in one import is tracked once', async () => {
    const row = outgoing('Ana', 'ana', '11/3/26, 8:00 AM');
    const plan = planArchiveImport({ files: await files(invitationsCsv(row, row), invitationsCsv(row)) }, [], NOW);
    expect(plan.newlyTracked).toHaveLength(1);
    expect(plan.alreadyKnown).toBe(2);
  });

  test('new records: deterministic ids within 64 characters, canonical URL, local sentAt, note kept', async () => {
    const longSlug = 'a-very-long-custom-linkedin-vanity-name-that-goes-on-and-on-forever';
    const text = invitationsCsv(outgoing('Ana', 'Ana-Ruiz', '11/3/26, 8:00 AM', 'Hi Ana'), outgoing('Long', longSlug, '11/3/26, 8:00 AM'));
    const [first, second] = [planArchiveImport({ files: await files(text) }, [], NOW), planArchiveImport({ files: await files(text) }, [], NOW)];
    expect(first.newlyTracked.map((i) => i.id)).toEqual(second.newlyTracked.map((i) => i.id));
    const [ana, long] = first.newlyTracked;
    expect(ana).toEqual({
      id: `imp-ana-ruiz-${new Date(2026, 10, 3, 8, 0).getTime() / 1000}`,
      profileUrl: 'https://www.linkedin.com/in/ana-ruiz/',
      name: 'Ana',
      note: 'Hi Ana',
      sentAt: expect.stringMatching(/^2026-11-03T08:00:00\.000[+-]\d\d:\d\d$/),
      status: 'pending',
      source: 'import',
    });
    expect(long!.id.length).toBeLessThanOrEqual(64);
    expect(long!.id).toMatch(/^imp-a-very-long.*~[0-9a-f]{8}-\d+$/);
  });

  test('incoming rows are counted, the owner is never tracked, future rows are skipped with reasons', async () => {
    const text = invitationsCsv(
      ['Priya', 'Robin Okonkwo', '11/8/26, 12:00 PM', 'Hello', 'INCOMING', 'https://www.linkedin.com/in/priya', OWNER_URL],
      outgoing('Ana', 'ana', '11/3/26, 8:00 AM'),
      outgoing('Robin Okonkwo', 'robin-okonkwo', '11/4/26, 8:00 AM'),
      outgoing('Bo', 'bo', '12/30/26, 8:00 AM'),
    );
    const plan = planArchiveImport({ files: await files(text) }, [], NOW);
    expect(plan.incomingCount).toBe(1);
    expect(plan.newlyTracked.map((i) => i.name)).toEqual(['Ana']);
    expect(plan.skipped.map((s) => [s.row.record, s.reason])).toEqual([
      [4, 'the invitee is the export owner'],
      [5, 'Sent At is in the future'],
    ]);
    expect(plan.summary).toBe('1 newly tracked, 0 accepted, 0 already known, 2 skipped (the invitee is the export owner; Sent At is in the future)');
  });

  test('rejected rows from the readers reach the preview', async () => {
    const plan = planArchiveImport({ files: await files(invitationsCsv(outgoing('Ana', 'ana', 'never'), outgoing('Bo', 'bo', 'never'))) }, [], NOW);
    expect(plan.skipped).toHaveLength(2);
    expect(plan.summary).toMatch(/2 skipped \(2× Sent At is not a date/);
  });

  test('files without URLs: nobody is matched by name, and the preview says why', async () => {
    const lucia = trackedInvitation('lucia-ferrer', new Date(2023, 5, 3, 10, 20), { name: 'Lucía Ferrer' });
    const sam = trackedInvitation('samlee', new Date(2019, 10, 1), { name: 'Sam Lee' });
    const plan = planArchiveImport(
      { files: await files(fixture('Invitations-2023-without-urls.csv'), fixture('Connections-2022-without-urls.csv')) },
      [lucia, sam],
      NOW,
    );
    expect(plan).toMatchObject({ newlyTracked: [], updates: [], accepted: [], alreadyKnown: 0, incomingCount: 1 });
    expect(plan.unmatchable.count).toBe(2);
    expect(plan.summary).toMatch(/; 2 not matched: .*never matches people by name/);
  });

  test('a person in Connections.csv accepted at once when first tracked by this import', async () => {
    const plan = planArchiveImport(
      { files: await files(invitationsCsv(outgoing('Ana', 'ana', '11/3/26, 8:00 AM')), connectionsCsv(connection('Ana', 'Ruiz', 'ana', '04 Nov 2026'))) },
      [],
      NOW,
    );
    expect(plan.newlyTracked[0]).toMatchObject({ status: 'accepted', statusChangedAt: expect.stringMatching(/^2026-11-04T00:00/) });
    expect(plan.accepted).toEqual([{ id: plan.newlyTracked[0]!.id, name: 'Ana', connectedOn: '2026-11-04' }]);
  });
});
