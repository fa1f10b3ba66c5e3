import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planArchiveImport, readImportFile, type LinkedInImport } from '../../../src/options/archive';
import { archiveApplyPayload, fetchAllTracked, planIsEmpty, TRACKED_PAGE } from '../../../src/options/backup/archive-apply';
import { Invitation } from '../../../src/core/schemas';
import type { InvitationView } from '../../../src/shared/messages';

const fixtures = resolve(import.meta.dirname, '../../fixtures/archive');
const read = async (name: string) => {
  const result = await readImportFile(new Uint8Array(readFileSync(resolve(fixtures, name))), { name });
  if (result.kind !== 'linkedin') throw new Error(`not a LinkedIn file: ${name}`);
  return result;
};

function view(i: number): InvitationView {
  const invitation = Invitation.parse({ id: `inv-${i}`, profileUrl: `https://www.linkedin.com/in/p${i}/`, name: `P ${i}`, sentAt: '2026-11-01T10:00:00Z' });
  return { ...invitation, daysSinceSent: 3, bucket: 'waiting' };
}

describe('reading every tracked invitation', () => {
  test('pages through the list until the total and drops the computed fields', async () => {
    const all = Array.from({ length: 2500 }, (_, i) => view(i));
    const calls: [number, number][] = [];
    const tracked = await fetchAllTracked(async (offset, limit) => {
      calls.push([offset, limit]);
      return { items: all.slice(offset, offset + limit), total: all.length };
    });
    expect(calls).toEqual([[0, TRACKED_PAGE], [1000, TRACKED_PAGE], [2000, TRACKED_PAGE]]);
    expect(tracked).toHaveLength(2500);
    expect(tracked[2499]).not.toHaveProperty('bucket');
    expect(tracked[2499]).not.toHaveProperty('daysSinceSent');
    expect(Invitation.safeParse(tracked[0]).success).toBe(true);
  });

  test('stops on an empty page even if the total claims more', async () => {
    let calls = 0;
    const tracked = await fetchAllTracked(async () => {
      calls += 1;
      return { items: calls === 1 ? [view(1)] : [], total: 5 };
    });
    expect(tracked).toHaveLength(1);
    expect(calls).toBe(2);
  });
});

describe('the archive.apply request', () => {
  test('carries the new records and each tracked acceptance with the time the plan settled on', async () => {
    const invitations = await read('Invitations.csv');
    const connections = await read('Connections.csv');
    const input: LinkedInImport = { kind: 'linkedin', files: [...invitations.files, ...connections.files], opened: [], notOpened: 0 };
    // Teodor is already tracked (sent from the composer), still pending.
    const teodor = Invitation.parse({
      id: 'composer-teodor', profileUrl: 'https://www.linkedin.com/in/teodor-miklos/', name: 'Teodor Miklós',
      sentAt: new Date(2026, 10, 9, 16, 41).toISOString(), source: 'composer',
    });
    const plan = planArchiveImport(input, [teodor], new Date(2026, 11, 1));
    const payload = archiveApplyPayload(plan);

    expect(payload.newlyTracked).toBe(plan.newlyTracked);
    expect(payload.newlyTracked.map((i) => i.name).sort()).toEqual(['Amara Chukwu, PhD', 'Hannelore Vasquez-Lind', 'Jun Watanabe']);
    // Amara is new and already a connection: her record arrives accepted, dated by the plan.
    expect(plan.newlyTracked.find((i) => i.name.startsWith('Amara'))).toMatchObject({ status: 'accepted', statusChangedAt: expect.any(String) });
    // The request's acceptances are only the tracked invitations that change.
    const byId = new Map(payload.accepted.map((a) => [a.id, a.at]));
    expect([...byId.keys()]).toEqual(['composer-teodor']);
    // 12 Nov 2026, local midnight, written with its offset.
    expect(new Date(byId.get('composer-teodor')!).getTime()).toBe(new Date(2026, 10, 12).getTime());
    for (const at of byId.values()) expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/);
    expect(planIsEmpty(plan)).toBe(false);
  });

  test('the same export planned against what it added changes nothing', async () => {
    const invitations = await read('Invitations.csv');
    const now = new Date(2026, 11, 1);
    const first = planArchiveImport(invitations, [], now);
    const again = planArchiveImport(invitations, first.newlyTracked, now);
    expect(planIsEmpty(again)).toBe(true);
    expect(archiveApplyPayload(again)).toEqual({ newlyTracked: [], accepted: [] });
  });
});
