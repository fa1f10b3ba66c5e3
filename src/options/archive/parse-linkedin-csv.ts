// Reads the text of Invitations.csv or Connections.csv with papaparse, one record at a time.
// The header is found by scanning the first records (Connections.csv has a "Notes:" preamble),
// and rows are counted as they are parsed so a million-row file stops at the cap, cheaply.
import Papa from 'papaparse';
import type { ConnectionRow, InvitationRow, LinkedInFile, RejectedRow } from '../../core/archive/archive-types';
import { recogniseHeader, type RecognisedHeader } from '../../core/archive/header-match';
import { importErrors, type ImportError } from '../../core/archive/import-error';
import { readConnectionRow } from '../../core/archive/connection-rows';
import { readInvitationRow } from '../../core/archive/invitation-rows';
import { rejectRow } from '../../core/archive/row-checks';
import type { ImportLimits } from './import-limits';

interface ParseState {
  header: RecognisedHeader | null;
  record: number;
  dataRows: number;
  failure: ImportError | null;
  invitations: InvitationRow[];
  connections: ConnectionRow[];
  hidden: number;
  rejected: RejectedRow[];
}

/**
 * Parses one LinkedIn CSV. `name` is for display only (the zip entry or the picked file);
 * what the file is comes from its header line.
 */
export function parseLinkedInCsv(text: string, name: string | undefined, limits: ImportLimits): LinkedInFile | ImportError {
  const state: ParseState = {
    header: null, record: 0, dataRows: 0, failure: null,
    invitations: [], connections: [], hidden: 0, rejected: [],
  };
  const displayName = () => name ?? (state.header?.kind === 'connections' ? 'Connections.csv' : 'Invitations.csv');

  // One newline convention before parsing: CRLF, LF and stray CR files (and a mix, after a
  // spreadsheet edit) all read the same, and notes keep their line breaks as \n.
  const normalized = text.replace(/\r\n?/g, '\n');

  Papa.parse<string[]>(normalized, {
    delimiter: ',', // never guessed: the preamble sentence would make a guess unreliable
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false, // rows stay arrays: a `__proto__` header cell can never become a property
    dynamicTyping: false, // "=SUM(1)" or "007" stay exactly the text they are
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      state.record += 1;
      const cells = result.data;
      if (!state.header) {
        state.header = recogniseHeader(cells);
        if (!state.header && state.record >= limits.headerScanRecords) {
          state.failure = importErrors.unrecognisedCsv();
          parser.abort();
        }
        return;
      }
      state.dataRows += 1;
      if (state.dataRows > limits.maxRows) {
        state.failure = importErrors.tooManyRows(limits.maxRows);
        parser.abort();
        return;
      }
      readDataRow(state, cells, result.errors[0]?.message, displayName());
    },
  });

  if (state.failure) return state.failure;
  if (!state.header) return importErrors.unrecognisedCsv();
  return state.header.kind === 'invitations'
    ? {
        kind: 'invitations', name: displayName(), hasProfileUrls: state.header.hasProfileUrls,
        rows: state.invitations, rejected: state.rejected,
      }
    : {
        kind: 'connections', name: displayName(), hasProfileUrls: state.header.hasProfileUrls,
        rows: state.connections, hiddenCount: state.hidden, rejected: state.rejected,
      };
}

function readDataRow(state: ParseState, cells: string[], csvError: string | undefined, file: string): void {
  const header = state.header!;
  if (csvError !== undefined) {
    // papaparse still hands over a row (e.g. an unclosed quote swallows the rest); keep it aside.
    state.rejected.push(rejectRow(file, state.record, cells, `the CSV is malformed here (${csvError})`));
    return;
  }
  if (header.kind === 'invitations') {
    const result = readInvitationRow(cells, header, state.record, file);
    if (result.ok) state.invitations.push(result.row);
    else state.rejected.push(result.rejected);
    return;
  }
  const result = readConnectionRow(cells, header, state.record, file);
  if (!result.ok) state.rejected.push(result.rejected);
  else if ('hidden' in result) state.hidden += 1;
  else state.connections.push(result.row);
}
