// Bad and hostile single files: each gets one clear error, or its bad rows are kept aside with a
// reason while the good rows are still read.
import { describe, expect, test } from 'vitest';
import type { ConnectionsFile, InvitationsFile, OutgoingInvitationRow } from '../../../../src/core/archive';
import { readImportFile } from '../../../../src/options/archive';
import {
  CONNECTIONS_HEADER, CONNECTIONS_PREAMBLE, INVITATIONS_HEADER, OWNER_URL, connection, csv, csvLine, outgoing,
  readFailure, readOneFile, utf8,
} from './archive-helpers';

const outgoingOf = (file: InvitationsFile) =>
  file.rows.filter((row): row is OutgoingInvitationRow => row.direction === 'OUTGOING');

describe('files that are not what Rapport reads', () => {
  test('an empty file, or one of only whitespace', async () => {
    expect((await readFailure(new Uint8Array(0))).code).toBe('empty-file');
    expect((await readFailure(utf8(' \n\r\n\t'))).code).toBe('empty-file');
    expect((await readFailure(utf8('\uFEFF'))).code).toBe('empty-file');
  });

  test('non-UTF-8 bytes: Latin-1 and UTF-16', async () => {
    const latin1 = Uint8Array.from([...utf8('First Name,Last Name,Connected On\nJos'), 0xe9, ...utf8(',Ruiz,01 Nov 2026')]);
    const error = await readFailure(latin1);
    expect(error.code).toBe('not-utf8');
    expect(error.message).toMatch(/not UTF-8/);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'From,To'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect((await readFailure(utf16)).code).toBe('not-utf8');
  });

  test('a CSV that is neither file, e.g. messages.csv', async () => {
    const error = await readFailure(utf8('CONVERSATION ID,FROM,TO,CONTENT\n1,a,b,hello\n'));
    expect(error.code).toBe('unrecognised-csv');
    expect(error.message).toMatch(/neither LinkedIn.s Invitations\.csv nor Connections\.csv/);
  });

  test('a header buried below the scan window is not searched for forever', async () => {
    const text = 'junk\n'.repeat(50) + csv(INVITATIONS_HEADER, []);
    expect((await readFailure(utf8(text))).code).toBe('unrecognised-csv');
  });

  test('JSON: a Rapport backup is handed over as text, any other JSON is refused', async () => {
    const backup = JSON.stringify({ format: 'rapport-backup', version: 1, invitations: [] });
    expect(await readImportFile(utf8(`\uFEFF  ${backup}`))).toEqual({ kind: 'rapport-backup', text: `  ${backup}` });
    for (const other of ['{"format":"other"}', '[{"format":"rapport-backup"}]', '{"__proto__":{"format":"rapport-backup"}}', '{ broken']) {
      expect((await readFailure(utf8(other))).code).toBe('not-rapport-backup');
    }
    // Cut off or nested too deep: not parsed here, handed to the background when it names the format.
    const cut = backup.slice(0, -5);
    expect(await readImportFile(utf8(cut))).toEqual({ kind: 'rapport-backup', text: cut });
    const deep = `{"format":"rapport-backup","settings":${'['.repeat(120_000)}`;
    expect(await readImportFile(utf8(deep))).toEqual({ kind: 'rapport-backup', text: deep });
    expect((await readFailure(utf8(`{"a":${'['.repeat(120_000)}`))).code).toBe('not-rapport-backup');
  });

  // How long the refusal takes is in the bench (tests/bench/hostile-files.bench.test.ts).
  test('a CSV with 1,000,000 rows is refused, counted while parsing', async () => {
    const text = csvLine(CONNECTIONS_HEADER) + '\n' + ',,,,,,07 Jun 2026\n'.repeat(1_000_000);
    const error = await readFailure(utf8(text));
    expect(error.code).toBe('too-many-rows');
    expect(error.message).toMatch(/200,000/);
  });

  test('the row cap is exact', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => connection('A', `B${i}`, `p${i}`, '01 Nov 2026'));
    expect((await readFailure(utf8(csv(CONNECTIONS_HEADER, [...rows, rows[0]!])), { maxRows: 10 })).code).toBe('too-many-rows');
    expect((await readImportFile(utf8(csv(CONNECTIONS_HEADER, rows)), { limits: { maxRows: 10 } })).kind).toBe('linkedin');
  });

  test('a text file over the size cap is refused before parsing; a Blob before reading', async () => {
    expect((await readFailure(utf8(csv(INVITATIONS_HEADER, [])), { maxTextBytes: 10 })).code).toBe('file-too-large');
    const blob = new Blob(['x'.repeat(100)]);
    expect((await readFailure(blob, { maxFileBytes: 50 })).code).toBe('file-too-large');
  });
});

describe('tolerated shapes', () => {
  test('reordered and extra columns, header case, spaces and a BOM in a cell', async () => {
    const header = ['  DIRECTION ', 'Extra', 'inviteeprofileurl', '\uFEFFsent_at', 'to', 'FROM', 'message', 'InviterProfileUrl'];
    const row = ['OUTGOING', 'x', 'https://www.linkedin.com/in/ana-ruiz', '11/3/26, 8:00 AM', 'Ana Ruiz', 'Robin', 'Hi', OWNER_URL];
    const file = (await readOneFile(utf8(csv(header, [row])))) as InvitationsFile;
    expect(outgoingOf(file)[0]).toMatchObject({ to: 'Ana Ruiz', message: 'Hi', inviteeKey: 'ana-ruiz', inviterKey: 'robin-okonkwo' });
    expect(file.rows[0]!.direction).toBe('OUTGOING');
  });

  test('CRLF, stray CR, blank lines and no trailing newline', async () => {
    const text = CONNECTIONS_PREAMBLE.replace(/\n/g, '\r\n') + '\r\n\r\n' +
      csvLine(CONNECTIONS_HEADER) + '\r\n' + csvLine(connection('A', 'B', 'ab', '01 Nov 2026')) + '\r\n\r\n\n' +
      csvLine(connection('C', 'D', 'cd', '02 Nov 2026')) + '\r' + csvLine(connection('E', 'F', 'ef', '03 Nov 2026'));
    const file = (await readOneFile(utf8(text))) as ConnectionsFile;
    expect(file.rows.map((row) => row.key)).toEqual(['ab', 'cd', 'ef']);
    expect(file.rejected).toEqual([]);
  });

  test('a note with CRLF line breaks inside quotes is stored with \\n', async () => {
    const text = csv(INVITATIONS_HEADER, [outgoing('Ana', 'ana', '11/3/26, 8:00 AM', 'Hi Ana,\r\n\r\nthanks')], '\r\n');
    expect(outgoingOf((await readOneFile(utf8(text))) as InvitationsFile)[0]!.message).toBe('Hi Ana,\n\nthanks');
  });

  test('File objects are read like bytes', async () => {
    const file = new File([csv(INVITATIONS_HEADER, [outgoing('Ana', 'ana', '11/3/26, 8:00 AM')])], 'renamed.txt');
    const result = await readImportFile(file);
    expect(result.kind === 'linkedin' && result.files[0]!.name).toBe('renamed.txt');
  });
});

describe('hostile cells and rows', () => {
  test('formulas stay plain text', async () => {
    const formula = '=HYPERLINK("http://evil.example","click")';
    const text = csv(INVITATIONS_HEADER, [outgoing(formula, 'ana', '11/3/26, 8:00 AM', '+cmd|\' /C calc\'!A0')]);
    const [row] = outgoingOf((await readOneFile(utf8(text))) as InvitationsFile);
    expect(row).toMatchObject({ to: formula, message: "+cmd|' /C calc'!A0" });
  });

  test('a huge cell rejects its row with a reason; the other rows are read', async () => {
    const text = csv(INVITATIONS_HEADER, [
      outgoing('Ana', 'ana', '11/3/26, 8:00 AM', 'x'.repeat(200_000)),
      outgoing('Ben', 'ben', '11/3/26, 9:00 AM'),
    ]);
    const file = (await readOneFile(utf8(text))) as InvitationsFile;
    expect(outgoingOf(file).map((row) => row.to)).toEqual(['Ben']);
    expect(file.rejected).toMatchObject([{ record: 2, reason: 'a cell is longer than 10,000 characters' }]);
    expect(file.rejected[0]!.preview.length).toBeLessThanOrEqual(81);
  });

  test('__proto__ and constructor column names pollute nothing', async () => {
    const header = [...INVITATIONS_HEADER, '__proto__', 'constructor', 'hasOwnProperty'];
    const row = [...outgoing('Ana', 'ana', '11/3/26, 8:00 AM'), '{"polluted":true}', 'x', 'y'];
    const file = (await readOneFile(utf8(csv(header, [row])))) as InvitationsFile;
    expect(outgoingOf(file)).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  test('bad rows are kept aside with reasons, never silently dropped', async () => {
    const text = [
      csvLine(INVITATIONS_HEADER),
      csvLine(outgoing('Ana', 'ana', 'yesterday')),
      csvLine(['Robin', 'Ben', '11/3/26, 8:00 AM', '', 'SIDEWAYS', OWNER_URL, 'https://www.linkedin.com/in/ben']),
      csvLine(outgoing('Cy', 'cy', '11/3/26, 8:00 AM')).replace('Cy', 'Cy, Jr'), // unquoted comma
      csvLine(['Robin', 'Dee', '11/3/26, 8:00 AM', '', 'OUTGOING', OWNER_URL, 'https://www.linkedin.com/company/acme']),
      csvLine(outgoing('Eve', 'eve', '11/3/26, 8:00 AM')),
      'Robin,Fay,"11/3/26, 8:00 AM,"never closed',
    ].join('\n');
    const file = (await readOneFile(utf8(text))) as InvitationsFile;
    expect(outgoingOf(file).map((row) => row.to)).toEqual(['Eve']);
    expect(file.rejected.map((row) => [row.record, row.reason])).toEqual([
      [2, 'Sent At is not a date like "1/29/26, 2:37 PM"'],
      [3, 'Direction is neither OUTGOING nor INCOMING'],
      [4, 'it has 8 cells where the header has 7'],
      [5, 'inviteeProfileUrl is not a LinkedIn profile URL'],
      [7, expect.stringMatching(/^the CSV is malformed here/)],
    ]);
  });

  test('Connections.csv: hidden members are counted, not errors; a company URL is rejected', async () => {
    const text = CONNECTIONS_PREAMBLE + csv(CONNECTIONS_HEADER, [
      [',,,,,,07 Jun 2026'.split(',')].flat(),
      ['Ann', 'Lee', 'https://www.linkedin.com/company/acme', '', '', '', '01 Nov 2026'],
      ['Bo', 'Kim', 'https://www.linkedin.com/in/bo-kim', '', '', '', 'someday'],
    ]);
    const file = (await readOneFile(utf8(text))) as ConnectionsFile;
    expect(file.hiddenCount).toBe(1);
    expect(file.rows).toEqual([]);
    expect(file.rejected.map((row) => row.reason)).toEqual([
      'URL is not a LinkedIn profile URL',
      'Connected On is not a date like "08 Feb 2026"',
    ]);
  });
});
