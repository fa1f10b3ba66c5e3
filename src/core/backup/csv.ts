// Invitations as CSV for spreadsheets: RFC 4180 (CRLF, quotes doubled, fields with separators
// quoted) and safe to open: a cell starting with = + - @ (or a tab / carriage return) would run
// as a formula in Excel or Sheets, so it is prefixed with an apostrophe, which they show as text.
import type { Invitation } from '../schemas';

const columns = [
  ['name', (i: Invitation) => i.name],
  ['profileUrl', (i: Invitation) => i.profileUrl],
  ['company', (i: Invitation) => i.company ?? ''],
  ['headline', (i: Invitation) => i.headline ?? ''],
  ['note', (i: Invitation) => i.note],
  ['status', (i: Invitation) => i.status],
  ['sentAt', (i: Invitation) => i.sentAt],
  ['followedUpAt', (i: Invitation) => i.followedUpAt ?? ''],
  ['statusChangedAt', (i: Invitation) => i.statusChangedAt ?? ''],
  ['source', (i: Invitation) => i.source],
  ['templateId', (i: Invitation) => i.templateId ?? ''],
  ['id', (i: Invitation) => i.id],
  // Added with backup version 2 (issue #21), at the end so existing spreadsheets keep their columns.
  ['conversationStage', (i: Invitation) => i.conversation?.stage ?? ''],
  ['conversationRequestedAt', (i: Invitation) => i.conversation?.requestedAt ?? ''],
  ['conversationFollowedUpAt', (i: Invitation) => i.conversation?.followedUpAt ?? ''],
  ['conversationStageChangedAt', (i: Invitation) => i.conversation?.stageChangedAt ?? ''],
] as const;

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function invitationsToCsv(invitations: readonly Invitation[]): string {
  const lines = [columns.map(([name]) => name).join(',')];
  for (const invitation of invitations) lines.push(columns.map(([, read]) => csvCell(read(invitation))).join(','));
  return lines.join('\r\n') + '\r\n';
}
