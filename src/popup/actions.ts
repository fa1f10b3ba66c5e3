// What marking someone sends to the background, and the request that takes it back. Undo
// restores exactly what was stored before (status, when it changed, the follow-up mark), so an accidental
// "declined" leaves no trace.
import type { Invitation } from '../core/schemas';
import type { RequestInputOf } from '../shared/messages';
import type { Mark } from './keys';

export type MarkRequest = RequestInputOf<'invitation.set-status'> | RequestInputOf<'invitation.mark-followed-up'>;

export interface MarkPlan {
  apply: MarkRequest;
  revert: MarkRequest;
}

export function planMark(invitation: Pick<Invitation, 'id' | 'status' | 'followedUpAt' | 'statusChangedAt'>, mark: Mark, now: Date): MarkPlan {
  const before = invitation.followedUpAt ?? null;
  if (mark === 'followed-up') {
    return {
      apply: { type: 'invitation.mark-followed-up', id: invitation.id, at: now.toISOString() },
      revert: { type: 'invitation.mark-followed-up', id: invitation.id, at: before },
    };
  }
  return {
    apply: { type: 'invitation.set-status', id: invitation.id, status: mark },
    revert: { type: 'invitation.set-status', id: invitation.id, status: invitation.status, followedUpAt: before, statusChangedAt: invitation.statusChangedAt ?? null },
  };
}

/** The message key that confirms a mark ("Marked as replied"). */
export function markMessageKey(mark: Mark): string {
  return `popup_marked_${mark.replace('-', '_')}`;
}
