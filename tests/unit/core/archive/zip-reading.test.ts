// LinkedIn's export zip: what is opened, what is never opened, and hostile archives.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { isCandidateEntry } from '../../../../src/options/archive';
import { CONNECTIONS_HEADER, INVITATIONS_HEADER, connection, csv, declareEntrySize, fixture, outgoing, readFailure, readLinkedIn } from './archive-helpers';

const MB = 1024 * 1024;
const invitationsText = csv(INVITATIONS_HEADER, [outgoing('Ana Ruiz', 'ana-ruiz', '11/3/26, 8:00 AM')]);

describe('which entries are opened', () => {
  test.each([
    ['Connections.csv', true],
    ['Basic_LinkedInDataExport_11-20-2026/Invitations.csv', true],
    ['export\\connections (1).CSV', true],
    ['messages.csv', false],
    ['guide_messages.csv', false],
    ['Profile.csv', false],
    ['Connections.txt', false],
    ['Connections.csv/', false],
    ['__MACOSX/Basic/._Connections.csv', false],
    ['._Invitations.csv', false],
  ])('%s → %s', (name, opened) => {
    expect(isCandidateEntry(name)).toBe(opened);
  });

  test('the header, not the name, decides what an opened entry is', async () => {
    const zip = zipSync({
      'Connections.csv': strToU8(invitationsText), // misnamed: it is Invitations.csv
      'Invitations_old.csv': strToU8('Event,Invited,Date\nMeetup,Ana,2026-01-01\n'), // named like one, is not
    });
    const result = await readLinkedIn(zip);
    expect(result.files.map((file) => [file.name, file.kind])).toEqual([['Connections.csv', 'invitations']]);
    expect(result.opened).toEqual(['Connections.csv', 'Invitations_old.csv']);
  });

  test('entries stored without compression are read too', async () => {
    const zip = zipSync({ 'Invitations.csv': [strToU8(invitationsText), { level: 0 }] });
    expect((await readLinkedIn(zip)).files[0]!.kind).toBe('invitations');
  });

  test('a Complete_ export with many other files opens only the two', async () => {
    const zip = zipSync({
      'Complete_LinkedInDataExport_11-20-2026/Connections.csv': fixture('Connections.csv'),
      'Complete_LinkedInDataExport_11-20-2026/Invitations.csv': fixture('Invitations.csv'),
      'Complete_LinkedInDataExport_11-20-2026/Profile.csv': strToU8('First Name,Last Name\nRobin,Okonkwo\n'),
      'Complete_LinkedInDataExport_11-20-2026/Jobs/Job Applications.csv': strToU8('Application Date\n'),
      'Complete_LinkedInDataExport_11-20-2026/Rich_Media.csv': strToU8('Date/Time,Media Link\n'),
    });
    const result = await readLinkedIn(zip);
    expect(result.opened).toHaveLength(2);
    expect(result.notOpened).toBe(3);
  });
});

describe('hostile and broken zips', () => {
  // How long the refusal takes is in the bench (tests/bench/hostile-files.bench.test.ts).
  test('a zip bomb declaring 60 MB is refused before inflating', async () => {
    const bomb = zipSync({ 'Connections.csv': new Uint8Array(60 * MB).fill(0x2c) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1 * MB); // a small file that would inflate big
    const error = await readFailure(bomb);
    expect(error.code).toBe('zip-entry-too-large');
    expect(error.message).toMatch(/50 MB/);
  });

  test('an entry lying about its size is stopped while inflating', async () => {
    const honest = zipSync({ 'Invitations.csv': new Uint8Array(20 * MB).fill(0x2c) }, { level: 9 });
    const lying = declareEntrySize(honest, 'Invitations.csv', 1000);
    const error = await readFailure(lying);
    expect(error.code).toBe('zip-entry-too-large');
    expect(error.message).toMatch(/declares/);
  });

  test('entries together may not unpack past the total cap', async () => {
    const zip = zipSync({
      'Invitations.csv': strToU8(invitationsText + '\n' + 'x'.repeat(600)),
      'Connections.csv': strToU8(csv(CONNECTIONS_HEADER, [connection('A', 'B', 'ab', '01 Nov 2026')])),
    });
    const error = await readFailure(zip, { maxTotalUnpackedBytes: 700 });
    expect(error.code).toBe('zip-entry-too-large');
  });

  test('a truncated zip is reported as damaged', async () => {
    const zip = zipSync({ 'Invitations.csv': fixture('Invitations.csv'), 'Connections.csv': fixture('Connections.csv') });
    for (const cut of [zip.length - 10, Math.floor(zip.length / 2), 30]) {
      expect((await readFailure(zip.slice(0, cut))).code).toBe('corrupt-zip');
    }
  });

  test('damaged compressed data is reported as damaged, not thrown', async () => {
    const zip = zipSync({ 'Invitations.csv': strToU8(invitationsText.repeat(50)) });
    const broken = zip.slice();
    for (let i = 40; i < 80; i += 1) broken[i] = 0xff; // inside the deflate stream
    expect((await readFailure(broken)).code).toBe('corrupt-zip');
  });

  test('a zip without LinkedIn files gets one clear message', async () => {
    const error = await readFailure(zipSync({ 'messages.csv': strToU8('FROM,TO\n'), 'photo.jpg': new Uint8Array(10) }));
    expect(error.code).toBe('zip-without-linkedin-files');
    expect(error.message).toMatch(/neither Invitations\.csv nor Connections\.csv/);
  });

  test('an empty zip gets the same message', async () => {
    expect((await readFailure(zipSync({}))).code).toBe('zip-without-linkedin-files');
  });

  test('a password-protected entry is refused plainly', async () => {
    const zip = zipSync({ 'Invitations.csv': strToU8(invitationsText) });
    const view = new DataView(zip.buffer);
    for (let at = 0; at + 4 <= zip.length; at += 1) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
    }
    const error = await readFailure(zip);
    expect(error.code).toBe('unsupported-zip');
    expect(error.message).toMatch(/password/);
  });

  test('a Connections.csv in Latin-1 inside the zip is refused as not UTF-8', async () => {
    const latin1 = Uint8Array.from([...strToU8('First Name,Last Name,Connected On\nJos'), 0xe9, ...strToU8(',Ruiz,01 Nov 2026\n')]);
    expect((await readFailure(zipSync({ 'Connections.csv': latin1 }))).code).toBe('not-utf8');
  });
});
