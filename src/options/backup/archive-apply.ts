// The two steps around planArchiveImport that involve the background: reading every tracked
// invitation (paged, the request allows 1000 at a time), and turning the plan into the
// `archive.apply` request.
import type { ArchivePlan } from '../../core/archive';
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
 * The plan as the background applies it: the new records (those already connected arrive
 * accepted), and the tracked invitations that became accepted, at the time the planner settled on
 * (the Connected On date, never before the invitation was sent).
 */
export function archiveApplyPayload(plan: ArchivePlan): ArchiveApplyPayload {
  const accepted = plan.updates.flatMap((record) => (record.statusChangedAt ? [{ id: record.id, at: record.statusChangedAt }] : []));
  return { newlyTracked: plan.newlyTracked, accepted };
}

/** True when applying would change nothing (the preview says so and Apply is not offered). */
export function planIsEmpty(plan: ArchivePlan): boolean {
  return plan.newlyTracked.length === 0 && plan.accepted.length === 0;
}
