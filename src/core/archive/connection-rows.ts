// Turns one data row of Connections.csv into a connection, a hidden member, or a rejection.
import type { ConnectionRow } from './archive-types';
import { cellOf, type ConnectionsColumn, type ConnectionsHeader } from './header-match';
import type { RowResult } from './invitation-rows';
import { parseConnectedOn, toLocalIsoString } from './linkedin-dates';
import { MAX_NAME_LENGTH, rejectRow, rowShapeProblem } from './row-checks';
import { profileKey } from '../profile-key';

export type ConnectionRowResult = RowResult<ConnectionRow> | { ok: true; hidden: true };

export function readConnectionRow(
  cells: readonly string[],
  header: ConnectionsHeader,
  record: number,
  file: string,
): ConnectionRowResult {
  const reject = (reason: string): ConnectionRowResult => ({ ok: false, rejected: rejectRow(file, record, cells, reason) });
  const shape = rowShapeProblem(cells, header.width);
  if (shape) return reject(shape);
  const cell = (column: ConnectionsColumn) => cellOf(cells, header.columns, column).trim();

  const connectedOn = parseConnectedOn(cell('connectedOn'));
  if (!connectedOn) return reject('Connected On is not a date like "08 Feb 2026"');

  const dateIndex = header.columns.get('connectedOn');
  // Members who hid their profile are exported as a row holding nothing but the date.
  if (cells.every((value, index) => index === dateIndex || value.trim() === '')) return { ok: true, hidden: true };

  const name = `${cell('firstName')} ${cell('lastName')}`.trim();
  if (name.length > MAX_NAME_LENGTH) return reject(`the name is longer than ${MAX_NAME_LENGTH} characters`);

  let key: string | null = null;
  if (header.hasProfileUrls) {
    const url = cell('url');
    if (url === '') return reject('the URL cell is empty');
    key = profileKey(url);
    if (key === null) return reject('URL is not a LinkedIn profile URL');
  }

  return {
    ok: true,
    row: {
      record,
      name,
      key,
      connectedOn: connectedOn.date,
      connectedOnIso: toLocalIsoString(connectedOn.localMidnight),
      connectedOnMs: connectedOn.localMidnight.getTime(),
    },
  };
}
