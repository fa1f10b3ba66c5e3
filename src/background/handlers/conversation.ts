// The conversation after acceptance (issue #21): the request recorded from LinkedIn's own Send in
// a conversation (the content script's outbox report) or marked by hand, its stages, its one
// follow-up, and undo. The rules live in core/conversation.ts; this file finds the invitation and stores.
import { recordRequest, withConversation, withFollowUp, withStage } from '../../core/conversation';
import { RapportError } from '../../shared/rapport-error';
import { latestFor } from '../queries';
import type { HandlerMap } from './context';
import { requireInvitation, requireKey, update } from './invitations';

type ConversationHandlers = Pick<HandlerMap, 'conversation.request-sent' | 'conversation.set-stage' | 'conversation.mark-followed-up' | 'conversation.restore'>;

export const conversationHandlers: ConversationHandlers = {
  /**
   * Somebody not tracked gets nothing recorded (invitation: null). The message's text is not kept:
   * only that, when and from which template it was sent. The reply is sent after the write.
   */
  async 'conversation.request-sent'(request, ctx) {
    const key = requireKey(request.profileUrl);
    const state = await ctx.store.state();
    const tracked = latestFor(state.invitations, key);
    if (!tracked) return { invitation: null, duplicate: false };
    const template = request.templateId ? state.templates.find((t) => t.id === request.templateId) : undefined;
    const outcome = recordRequest(tracked, {
      at: request.sentAt ?? ctx.now().toISOString(),
      templateId: request.templateId,
      reportId: request.reportId,
      fromFollowUpTemplate: template?.kind === 'conversation-follow-up',
    });
    if (!outcome.changed) return { invitation: outcome.invitation, duplicate: outcome.duplicate };
    return { ...(await update(ctx, outcome.invitation)), duplicate: false };
  },

  async 'conversation.set-stage'({ id, stage, at }, ctx) {
    const current = await requireInvitation(ctx, id);
    return update(ctx, withStage(current, stage, at ?? ctx.now().toISOString()));
  },

  async 'conversation.mark-followed-up'({ id, at }, ctx) {
    const current = await requireInvitation(ctx, id);
    if (!current.conversation) throw new RapportError('not-found', 'No request for a conversation is recorded for this person.');
    return update(ctx, withFollowUp({ ...current, conversation: current.conversation }, at === null ? null : (at ?? ctx.now().toISOString())));
  },

  async 'conversation.restore'({ id, conversation }, ctx) {
    const current = await requireInvitation(ctx, id);
    return update(ctx, withConversation(current, conversation));
  },
};
