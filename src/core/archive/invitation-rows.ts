// Turns one data row of Invitations.csv into an invitation row, or a rejection with its reason.
import type { InvitationRow, RejectedRow } from './archive-types';
import { cellOf, type InvitationsColumn, type InvitationsHeader } from './header-match';
import { parseSentAt, toLocalIsoString } from './linkedin-dates';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH, rejectRow, rowShapeProblem } from './row-checks';
import { profileKey } from '../profile-key';

export type RowResult<T> = { ok: true; row: T } | { ok: false; rejected: RejectedRow };

/** Key of a URL cell: null for an empty cell, undefined for a cell that is not a profile URL. */
function keyOfUrlCell(cell: string): string | null | undefined {
  const url = cell.trim();
  if (url === '') return null;
  return profileKey(url) ?? undefined;
}

export function readInvitationRow(
  cells: readonly string[],
  header: InvitationsHeader,
  record: number,
  file: string,
): RowResult<InvitationRow> {
  const reject = (reason: string): RowResult<InvitationRow> => ({
    ok: false,
    rejected: rejectRow(file, record, cells, reason),
  });
  const shape = rowShapeProblem(cells, header.width);
  if (shape) return reject(shape);
  const cell = (column: InvitationsColumn) => cellOf(cells, header.columns, column);

  const direction = cell('direction').trim().toUpperCase();
  const inviter = header.hasProfileUrls ? keyOfUrlCell(cell('inviterProfileUrl')) : null;
  const invitee = header.hasProfileUrls ? keyOfUrlCell(cell('inviteeProfileUrl')) : null;

  if (direction === 'INCOMING') {
    // Incoming invitations are only counted; their other cells do not matter.
    return { ok: true, row: { direction: 'INCOMING', record, inviteeKey: invitee ?? null } };
  }
  if (direction !== 'OUTGOING') return reject('Direction is neither OUTGOING nor INCOMING');

  const sentAt = parseSentAt(cell('sentAt'));
  if (!sentAt) return reject('Sent At is not a date like "1/29/26, 2:37 PM"');
  const to = cell('to').trim();
  if (to.length > MAX_NAME_LENGTH) return reject(`the name is longer than ${MAX_NAME_LENGTH} characters`);
  // Line breaks inside a quoted note arrive as the file wrote them; store them as \n.
  const message = cell('message').replace(/\r\n?/g, '\n');
  if (message.length > MAX_NOTE_LENGTH) return reject(`the note is longer than ${MAX_NOTE_LENGTH} characters`);
  if (inviter === undefined) return reject('inviterProfileUrl is not a LinkedIn profile URL');
  if (invitee === undefined) return reject('inviteeProfileUrl is not a LinkedIn profile URL');
  if (header.hasProfileUrls && invitee === null) return reject('inviteeProfileUrl is empty');

  return {
    ok: true,
    row: {
      direction: 'OUTGOING',
      record,
      to,
      message,
      sentAt: toLocalIsoString(sentAt),
      sentAtMs: sentAt.getTime(),
      inviterKey: inviter,
      inviteeKey: invitee,
    },
  };
}
