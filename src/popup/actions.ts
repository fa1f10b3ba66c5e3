// What marking someone sends to the background, and the request that takes it back. Undo
// restores exactly what was stored before (status, when it changed, the follow-up mark), so an accidental
// "declined" leaves no trace.
import type { Invitation } from '../core/schemas';
import type { RequestInputOf } from '../shared/messages';
import type { Mark, MarkStatus } from './keys';

export type MarkRequest =
  | RequestInputOf<'invitation.set-status'>
  | RequestInputOf<'invitation.mark-followed-up'>
  | RequestInputOf<'conversation.set-stage'>
  | RequestInputOf<'conversation.mark-followed-up'>
  | RequestInputOf<'conversation.restore'>;

export interface MarkPlan {
  apply: MarkRequest;
  revert: MarkRequest;
}

export function planMark(invitation: Pick<Invitation, 'id' | 'status' | 'followedUpAt' | 'statusChangedAt'>, mark: MarkStatus | 'followed-up', now: Date): MarkPlan {
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

/**
 * A mark on a conversation row (issue #21), or null when it does not apply there (a follow-up
 * before any request). Undo puts back exactly the conversation stored before (or none).
 */
export function planConversationMark(invitation: Pick<Invitation, 'id' | 'conversation'>, mark: Mark, now: Date): MarkPlan | null {
  const revert: MarkRequest = { type: 'conversation.restore', id: invitation.id, conversation: invitation.conversation ?? null };
  const at = now.toISOString();
  switch (mark) {
    case 'request-sent': return { apply: { type: 'conversation.set-stage', id: invitation.id, stage: 'requested', at }, revert };
    case 'replied': case 'met': case 'closed': return { apply: { type: 'conversation.set-stage', id: invitation.id, stage: mark, at }, revert };
    case 'followed-up': return invitation.conversation ? { apply: { type: 'conversation.mark-followed-up', id: invitation.id, at }, revert } : null;
    default: return null;
  }
}
