// Every sample file in tests/fixtures/archive/ (copied from shared/fixtures/linkedin-archive/),
// asserting what its README says a correct reader gets.
import { readdirSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { ConnectionsFile, InvitationsFile, OutgoingInvitationRow } from '../../../../src/core/archive';
import { planArchiveImport } from '../../../../src/core/archive';
import { fixture, fixtureDir, readLinkedIn, readOneFile } from './archive-helpers';

const NOW = new Date(2026, 10, 20, 12, 0);

async function invitations(name: string): Promise<InvitationsFile> {
  const file = await readOneFile(fixture(name));
  expect(file.kind).toBe('invitations');
  return file as InvitationsFile;
}
async function connections(name: string): Promise<ConnectionsFile> {
  const file = await readOneFile(fixture(name));
  expect(file.kind).toBe('connections');
  return file as ConnectionsFile;
}
const outgoingRows = (file: InvitationsFile) =>
  file.rows.filter((row): row is OutgoingInvitationRow => row.direction === 'OUTGOING');

describe('the shared fixtures', () => {
  test('every CSV in the fixture folder is covered here', () => {
    expect(readdirSync(fixtureDir).filter((name) => name.endsWith('.csv')).sort()).toEqual([
      'Connections-2022-without-urls.csv',
      'Connections.csv',
      'Invitations-2023-without-urls.csv',
      'Invitations.csv',
    ]);
  });

  test('Invitations.csv: 4 OUTGOING, 1 INCOMING, nothing rejected', async () => {
    const file = await invitations('Invitations.csv');
    expect(file.hasProfileUrls).toBe(true);
    expect(file.rejected).toEqual([]);
    expect(outgoingRows(file).map((row) => row.to)).toEqual([
      'Hannelore Vasquez-Lind',
      'Teodor Miklós',
      'Amara Chukwu, PhD',
      'Jun Watanabe',
    ]);
    expect(file.rows.filter((row) => row.direction === 'INCOMING')).toHaveLength(1);
  });

  test('Invitations.csv: "11/14/26, 9:05 AM" is 14 Nov 2026 09:05 local time', async () => {
    const [hannelore] = outgoingRows(await invitations('Invitations.csv'));
    expect(hannelore!.sentAtMs).toBe(new Date(2026, 10, 14, 9, 5).getTime());
    expect(Date.parse(hannelore!.sentAt)).toBe(new Date(2026, 10, 14, 9, 5).getTime());
    expect(hannelore!.sentAt.startsWith('2026-11-14T09:05:00')).toBe(true);
  });

  test('Invitations.csv: multi-line note, doubled quotes and formula-like text survive as text', async () => {
    const rows = outgoingRows(await invitations('Invitations.csv'));
    expect(rows[2]!.message).toBe(
      'Hi Amara,\ncongratulations on the new lab! Your grid paper helped my thesis a lot.\n\nWould you be open to a short chat?',
    );
    expect(rows[2]!.sentAtMs).toBe(new Date(2026, 9, 30, 23, 58).getTime());
    expect(rows[3]!.message).toBe('Hi Jun, "quick" question about your team\'s "=SUM" style dashboards.');
  });

  test('Invitations.csv: the owner is robin-okonkwo', async () => {
    const plan = planArchiveImport({ files: [await invitations('Invitations.csv')] }, [], NOW);
    expect(plan.owner).toEqual({ key: 'robin-okonkwo', profileUrl: 'https://www.linkedin.com/in/robin-okonkwo/' });
    expect(plan.incomingCount).toBe(1);
  });

  test('Connections.csv: BOM and preamble skipped, 3 connections with URLs and 1 hidden row', async () => {
    const file = await connections('Connections.csv');
    expect(file.hasProfileUrls).toBe(true);
    expect(file.rejected).toEqual([]);
    expect(file.hiddenCount).toBe(1);
    expect(file.rows.map((row) => [row.name, row.key, row.connectedOn])).toEqual([
      ['Teodor Miklós', 'teodor-miklos', '2026-11-12'],
      ['Amara Chukwu, PhD', 'amara-chukwu-phd', '2026-11-02'],
      ['Sam Lee', 'samlee', '2019-11-14'],
    ]);
    expect(file.rows[0]!.connectedOnMs).toBe(new Date(2026, 10, 12).getTime());
  });

  test('Invitations.csv + Connections.csv: Teodor and Amara accepted on 12 and 2 Nov 2026', async () => {
    const files = [await invitations('Invitations.csv'), await connections('Connections.csv')];
    const plan = planArchiveImport({ files }, [], NOW);
    expect(plan.newlyTracked).toHaveLength(4);
    expect(plan.accepted.map(({ name, connectedOn }) => [name, connectedOn])).toEqual([
      ['Teodor Miklós', '2026-11-12'],
      ['Amara Chukwu, PhD', '2026-11-02'],
    ]);
    const teodor = plan.newlyTracked.find((invitation) => invitation.name === 'Teodor Miklós')!;
    expect(teodor).toMatchObject({ status: 'accepted', source: 'import', profileUrl: 'https://www.linkedin.com/in/teodor-miklos/' });
    expect(Date.parse(teodor.statusChangedAt!)).toBe(new Date(2026, 10, 12).getTime());
    expect(plan.newlyTracked.find((invitation) => invitation.name === 'Jun Watanabe')!.status).toBe('pending');
    expect(plan.hiddenConnections).toBe(1);
    expect(plan.unmatchable.count).toBe(0);
    expect(plan.summary).toBe('4 newly tracked, 2 accepted (Teodor Miklós; Amara Chukwu, PhD), 0 already known, 0 skipped');
  });

  test('Invitations-2023-without-urls.csv: read, but its outgoing row is flagged unmatchable', async () => {
    const file = await invitations('Invitations-2023-without-urls.csv');
    expect(file.hasProfileUrls).toBe(false);
    expect(outgoingRows(file).map((row) => [row.to, row.inviteeKey])).toEqual([['Lucía Ferrer', null]]);
    expect(outgoingRows(file)[0]!.sentAtMs).toBe(new Date(2023, 5, 3, 10, 20).getTime());
    const plan = planArchiveImport({ files: [file] }, [], NOW);
    expect(plan.newlyTracked).toEqual([]);
    expect(plan.incomingCount).toBe(1);
    expect(plan.unmatchable.count).toBe(1);
    expect(plan.unmatchable.reason).toMatch(/never matches people by name/);
    expect(plan.summary).toMatch(/1 not matched: .*profile URLs/);
  });

  test('Connections-2022-without-urls.csv: no preamble, no URL column, flagged unmatchable', async () => {
    const file = await connections('Connections-2022-without-urls.csv');
    expect(file.hasProfileUrls).toBe(false);
    expect(file.rows.map((row) => [row.name, row.key, row.connectedOn])).toEqual([['Sam Lee', null, '2019-11-14']]);
    const plan = planArchiveImport({ files: [file] }, [], NOW);
    expect(plan.unmatchable.count).toBe(1);
    expect(plan.accepted).toEqual([]);
  });

  test('all four files in one Basic_ export zip are recognised by header, nothing else opened', async () => {
    const zip = zipSync({
      'Basic_LinkedInDataExport_11-20-2026/Invitations.csv': fixture('Invitations.csv'),
      'Basic_LinkedInDataExport_11-20-2026/Connections.csv': fixture('Connections.csv'),
      'Basic_LinkedInDataExport_11-20-2026/messages.csv': new TextEncoder().encode('CONVERSATION ID,FROM,TO,CONTENT\n1,a,b,secret\n'),
    });
    const result = await readLinkedIn(zip);
    expect(result.files.map((file) => file.kind).sort()).toEqual(['connections', 'invitations']);
    expect(result.opened.some((name) => name.endsWith('messages.csv'))).toBe(false);
    expect(result.notOpened).toBe(1);
    expect(planArchiveImport(result, [], NOW).accepted).toHaveLength(2);
  });
});
