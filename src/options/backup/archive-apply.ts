// The two steps around planArchiveImport that involve the background: reading every tracked
// invitation (paged, the request allows 1000 at a time), and turning the plan into the
// `archive.apply` request.
import { toLocalIsoString, type ArchivePlan } from '../../core/archive';
import type { Invitation } from '../../core/schemas';
import type { InvitationView } from '../../shared/messages';

export const TRACKED_PAGE = 1000;

type ListPage = (offset: number, limit: number) => Promise<{ items: InvitationView[]; total: number }>;

/** Every tracked invitation, as stored (the list's computed fields dropped). */
export async function fetchAllTracked(listPage: ListPage): Promise<Invitation[]> {
  const all: Invitation[] = [];
  for (let offset = 0; ; offset += TRACKED_PAGE) {
    const page = await listPage(offset, TRACKED_PAGE);
    for (const view of page.items) {
      all.push(storedPart(view));
    }
    // An empty page ends it too, so a total that shrank while reading cannot loop forever.
    if (page.items.length === 0 || all.length >= page.total) return all;
  }
}

/** The record as stored: the list adds `daysSinceSent` and `bucket`, which the planner must not see. */
function storedPart(view: InvitationView): Invitation {
  const invitation: Partial<InvitationView> = { ...view };
  delete invitation.daysSinceSent;
  delete invitation.bucket;
  return invitation as Invitation;
}

export interface ArchiveApplyPayload {
  newlyTracked: Invitation[];
  accepted: { id: string; at: string }[];
}

/**
 * The plan as the background applies it. "Accepted at" is the time the planner settled on (the
 * Connected On date, never before the invitation was sent); it falls back to local midnight of
 * Connected On when a record carries no time.
 */
export function archiveApplyPayload(plan: ArchivePlan): ArchiveApplyPayload {
  const changedAt = new Map<string, string>();
  for (const record of [...plan.updates, ...plan.newlyTracked]) {
    if (record.status === 'accepted' && record.statusChangedAt) changedAt.set(record.id, record.statusChangedAt);
  }
  const accepted = plan.accepted.flatMap((person) => {
    const at = changedAt.get(person.id) ?? midnightOf(person.connectedOn);
    return at ? [{ id: person.id, at }] : [];
  });
  return { newlyTracked: plan.newlyTracked, accepted };
}

function midnightOf(connectedOn: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(connectedOn);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : toLocalIsoString(date);
}

/** True when applying would change nothing (the preview says so and Apply is not offered). */
export function planIsEmpty(plan: ArchivePlan): boolean {
  return plan.newlyTracked.length === 0 && plan.accepted.length === 0;
}
