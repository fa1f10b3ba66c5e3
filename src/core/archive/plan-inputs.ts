// Indexes the planner builds from its inputs before deciding anything: who is a connection, who
// owns the export, and which tracked invitations belong to which person.
import type { ArchivePlan, ConnectionRow, InvitationsFile, LinkedInFile, RejectedRow } from './archive-types';
import type { Invitation } from '../schemas';
import { profileKey } from '../profile-key';
import { DAY_MS } from '../reminders';

export interface ConnectionIndex {
  /** Person key → their connection (the latest date when a person appears twice). */
  byKey: Map<string, ConnectionRow>;
  hidden: number;
  /** Non-hidden rows from files without a URL column. */
  withoutUrls: number;
  skipped: ArchivePlan['skipped'];
}

export function indexConnections(files: readonly LinkedInFile[], now: Date): ConnectionIndex {
  const index: ConnectionIndex = { byKey: new Map(), hidden: 0, withoutUrls: 0, skipped: [] };
  for (const file of files) {
    if (file.kind !== 'connections') continue;
    index.hidden += file.hiddenCount;
    for (const row of file.rows) {
      if (row.key === null) {
        index.withoutUrls += 1;
        continue;
      }
      if (row.connectedOnMs > now.getTime() + DAY_MS) {
        const rejected: RejectedRow = {
          file: file.name,
          record: row.record,
          reason: 'Connected On is in the future',
          preview: `${row.name}, ${row.connectedOn}`,
        };
        index.skipped.push({ row: rejected, reason: rejected.reason });
        continue;
      }
      const earlier = index.byKey.get(row.key);
      if (!earlier || earlier.connectedOnMs < row.connectedOnMs) index.byKey.set(row.key, row);
    }
  }
  return index;
}

/**
 * The export owner's key: the inviter of outgoing rows and the invitee of incoming ones. The most
 * frequent key wins, so one odd row cannot make a stranger the owner.
 */
export function findOwnerKey(files: readonly LinkedInFile[]): string | null {
  const votes = new Map<string, number>();
  const vote = (key: string | null) => {
    if (key !== null) votes.set(key, (votes.get(key) ?? 0) + 1);
  };
  for (const file of files) {
    if (file.kind !== 'invitations') continue;
    for (const row of file.rows) vote(row.direction === 'OUTGOING' ? row.inviterKey : row.inviteeKey);
  }
  let owner: string | null = null;
  let most = 0;
  for (const [key, count] of votes) {
    if (count > most) [owner, most] = [key, count];
  }
  return owner;
}

/** Person key → their tracked invitations, with each send time parsed once. */
export type TrackedIndex = Map<string, { invitation: Invitation; sentAtMs: number }[]>;

export function indexTracked(tracked: readonly Invitation[]): TrackedIndex {
  const index: TrackedIndex = new Map();
  for (const invitation of tracked) {
    const key = profileKey(invitation.profileUrl);
    if (key === null) continue;
    const list = index.get(key) ?? [];
    list.push({ invitation, sentAtMs: Date.parse(invitation.sentAt) });
    index.set(key, list);
  }
  return index;
}

/** Whether `key` has a tracked invitation sent within a day of `sentAtMs` (the same invitation). */
export function knownWithinADay(tracked: TrackedIndex, key: string, sentAtMs: number): boolean {
  return (tracked.get(key) ?? []).some((entry) => Math.abs(entry.sentAtMs - sentAtMs) <= DAY_MS);
}

export function invitationFiles(files: readonly LinkedInFile[]): InvitationsFile[] {
  return files.filter((file): file is InvitationsFile => file.kind === 'invitations');
}
