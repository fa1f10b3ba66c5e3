// Reconciles a LinkedIn export with the tracked invitations and returns a preview of the changes.
// Pure: nothing is stored here. People are joined only by profileKey(), never by name.
// Rules: a connection turns a tracked *pending* invitation into accepted (later statuses are never
// moved back); an outgoing row not yet tracked becomes a new record; one tracked for the same person
// within ±24 h is the same invitation; incoming rows are only counted.
import type { AcceptedPerson, ArchivePlan, ConnectionRow, LinkedInImport, OutgoingInvitationRow, RejectedRow } from './archive-types';
import { importedInvitationId } from './import-ids';
import { findOwnerKey, indexConnections, indexTracked, invitationFiles, knownWithinADay } from './plan-inputs';
import { summarizePlan } from './plan-summary';
import { Invitation } from '../schemas';
import { profileKey, profileUrlFromKey } from '../profile-key';
import { DAY_MS } from '../reminders';

const NO_URLS_REASON =
  'these rows come from files exported before LinkedIn added profile URLs (2023), and Rapport never matches people by name; download a new export to match them';

/**
 * When the invitation was accepted: the `Connected On` date, but never before the invitation was
 * sent (a same-day acceptance has a midnight date earlier than the send time).
 */
function acceptedAt(connection: ConnectionRow, sentAt: string, sentAtMs: number): string {
  return connection.connectedOnMs >= sentAtMs ? connection.connectedOnIso : sentAt;
}

function skip(file: string, row: OutgoingInvitationRow, reason: string): ArchivePlan['skipped'][number] {
  const rejected: RejectedRow = { file, record: row.record, reason, preview: `${row.to}, ${row.sentAt}` };
  return { row: rejected, reason };
}

export function planArchiveImport(
  input: Pick<LinkedInImport, 'files'>,
  tracked: readonly Invitation[],
  now: Date,
): ArchivePlan {
  const { files } = input;
  const skipped: ArchivePlan['skipped'] = files.flatMap((file) => file.rejected.map((row) => ({ row, reason: row.reason })));
  const connections = indexConnections(files, now);
  skipped.push(...connections.skipped);
  const ownerKey = findOwnerKey(files);
  const trackedIndex = indexTracked(tracked);
  const trackedIds = new Set(tracked.map((invitation) => invitation.id));

  const newlyTracked: Invitation[] = [];
  const accepted: AcceptedPerson[] = [];
  let alreadyKnown = 0;
  let incomingCount = 0;
  let outgoingWithoutUrls = 0;

  for (const file of invitationFiles(files)) {
    for (const row of file.rows) {
      if (row.direction === 'INCOMING') {
        incomingCount += 1;
        continue;
      }
      const key = row.inviteeKey;
      if (key === null) {
        outgoingWithoutUrls += 1;
        continue;
      }
      if (key === ownerKey) {
        skipped.push(skip(file.name, row, 'the invitee is the export owner'));
        continue;
      }
      if (row.sentAtMs > now.getTime() + DAY_MS) {
        skipped.push(skip(file.name, row, 'Sent At is in the future'));
        continue;
      }
      const id = importedInvitationId(key, row.sentAtMs);
      if (trackedIds.has(id) || knownWithinADay(trackedIndex, key, row.sentAtMs)) {
        alreadyKnown += 1;
        continue;
      }
      const connection = connections.byKey.get(key);
      const parsed = Invitation.safeParse({
        id,
        profileUrl: profileUrlFromKey(key),
        name: row.to,
        note: row.message,
        sentAt: row.sentAt,
        source: 'import',
        status: connection ? 'accepted' : 'pending',
        ...(connection && { statusChangedAt: acceptedAt(connection, row.sentAt, row.sentAtMs) }),
      });
      if (!parsed.success) {
        skipped.push(skip(file.name, row, `the record is not valid (${parsed.error.issues[0]?.message ?? 'unknown'})`));
        continue;
      }
      newlyTracked.push(parsed.data);
      trackedIds.add(id);
      // Later rows of the same import (a duplicated row, a second file) must find this one known.
      const list = trackedIndex.get(key) ?? [];
      list.push({ invitation: parsed.data, sentAtMs: row.sentAtMs });
      trackedIndex.set(key, list);
      if (connection) accepted.push({ id, name: parsed.data.name, connectedOn: connection.connectedOn });
    }
  }

  const updates: Invitation[] = [];
  for (const invitation of tracked) {
    if (invitation.status !== 'pending') continue; // replied, declined, withdrawn, accepted stay as they are
    const key = profileKey(invitation.profileUrl);
    const connection = key === null ? undefined : connections.byKey.get(key);
    if (!connection) continue;
    const statusChangedAt = acceptedAt(connection, invitation.sentAt, Date.parse(invitation.sentAt));
    updates.push({ ...invitation, status: 'accepted', statusChangedAt });
    accepted.push({ id: invitation.id, name: invitation.name, connectedOn: connection.connectedOn });
  }

  const unmatchableCount = outgoingWithoutUrls + connections.withoutUrls;
  const plan: Omit<ArchivePlan, 'summary'> = {
    newlyTracked,
    accepted,
    alreadyKnown,
    skipped,
    incomingCount,
    hiddenConnections: connections.hidden,
    unmatchable: { count: unmatchableCount, reason: unmatchableCount > 0 ? NO_URLS_REASON : '' },
    updates,
    owner: ownerKey === null ? null : { key: ownerKey, profileUrl: profileUrlFromKey(ownerKey) },
  };
  return { ...plan, summary: summarizePlan(plan) };
}
