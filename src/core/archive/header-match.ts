// Recognises LinkedIn's two export files by their header line, whatever the file is called.
// Tolerant on purpose: a BOM, case, surrounding spaces, underscores, reordered and extra columns
// all still match, because names and column order have drifted across years of exports.
// Columns are looked up in a Map: a header cell such as `__proto__` is just a string here.

export type InvitationsColumn =
  | 'from'
  | 'to'
  | 'sentAt'
  | 'message'
  | 'direction'
  | 'inviterProfileUrl'
  | 'inviteeProfileUrl';
export type ConnectionsColumn =
  | 'firstName'
  | 'lastName'
  | 'url'
  | 'emailAddress'
  | 'company'
  | 'position'
  | 'connectedOn';

export interface InvitationsHeader {
  kind: 'invitations';
  columns: ReadonlyMap<InvitationsColumn, number>;
  hasProfileUrls: boolean;
  width: number;
}
export interface ConnectionsHeader {
  kind: 'connections';
  columns: ReadonlyMap<ConnectionsColumn, number>;
  hasProfileUrls: boolean;
  width: number;
}
export type RecognisedHeader = InvitationsHeader | ConnectionsHeader;

/** `"\uFEFF Sent_At "` → `sentat`. */
export function normalizeHeaderCell(cell: string): string {
  return cell.replace(/\uFEFF/g, '').trim().toLowerCase().replace(/[\s_\-.]+/g, '');
}

const invitationNames: ReadonlyMap<string, InvitationsColumn> = new Map([
  ['from', 'from'],
  ['to', 'to'],
  ['sentat', 'sentAt'],
  ['message', 'message'],
  ['direction', 'direction'],
  ['inviterprofileurl', 'inviterProfileUrl'],
  ['inviteeprofileurl', 'inviteeProfileUrl'],
]);
const connectionNames: ReadonlyMap<string, ConnectionsColumn> = new Map([
  ['firstname', 'firstName'],
  ['lastname', 'lastName'],
  ['url', 'url'],
  ['emailaddress', 'emailAddress'],
  ['company', 'company'],
  ['position', 'position'],
  ['connectedon', 'connectedOn'],
]);

const requiredInvitationColumns: readonly InvitationsColumn[] = ['from', 'to', 'sentAt', 'direction'];
const requiredConnectionColumns: readonly ConnectionsColumn[] = ['firstName', 'lastName', 'connectedOn'];

function indexColumns<C extends string>(cells: readonly string[], names: ReadonlyMap<string, C>): Map<C, number> {
  const columns = new Map<C, number>();
  cells.forEach((cell, index) => {
    const column = names.get(normalizeHeaderCell(cell));
    // The first occurrence wins, so a duplicated column cannot shift what is read.
    if (column !== undefined && !columns.has(column)) columns.set(column, index);
  });
  return columns;
}

/** The header this row is, or null when it is not one of LinkedIn's two headers. */
export function recogniseHeader(cells: readonly string[]): RecognisedHeader | null {
  const invitations = indexColumns(cells, invitationNames);
  if (requiredInvitationColumns.every((c) => invitations.has(c))) {
    return {
      kind: 'invitations',
      columns: invitations,
      // Only the invitee URL is needed to match; the inviter URL names the owner.
      hasProfileUrls: invitations.has('inviteeProfileUrl'),
      width: cells.length,
    };
  }
  const connections = indexColumns(cells, connectionNames);
  if (requiredConnectionColumns.every((c) => connections.has(c))) {
    return { kind: 'connections', columns: connections, hasProfileUrls: connections.has('url'), width: cells.length };
  }
  return null;
}

/** The cell of a column, or '' when the file lacks that column or the row is short. */
export function cellOf<C extends string>(cells: readonly string[], columns: ReadonlyMap<C, number>, column: C): string {
  const index = columns.get(column);
  return index === undefined ? '' : (cells[index] ?? '');
}
