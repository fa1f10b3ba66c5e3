// The conversation after an accepted invitation (issue #21): the request for a conversation and
// its stage. Names fixed by main's contract; the lifecycle work fills in the handler.
import { z } from 'zod';
import { Conversation, ConversationStage, Invitation, isoDate, shortText } from '../../core/schemas';
import { id, profileUrl, reportId } from './common';

/**
 * The person clicked LinkedIn's own Send in a conversation with someone Rapport tracks: the
 * request for a conversation is recorded (issue #21). The text is not stored. `reportId` is the
 * report's idempotency key: a second delivery changes nothing and answers duplicate: true.
 */
const requestSent = z.object({
  type: z.literal('conversation.request-sent'),
  profileUrl,
  name: shortText(200),
  text: shortText(8000).default(''),
  templateId: id.optional(),
  sentAt: isoDate.optional(),
  reportId: reportId.optional(),
});
/** `invitation` null: nobody tracked at that address (nothing is recorded). */
type RequestSentReply = { invitation: Invitation | null; duplicate: boolean };

/** A stage marked by hand (popup, options); `at` is when (omitted or null: now). */
const setStage = z.object({ type: z.literal('conversation.set-stage'), id, stage: ConversationStage, at: isoDate.nullable().optional() });
type SetStageReply = { invitation: Invitation };

/** The one follow-up on the request marked (at, default now) or taken back (null). */
const markFollowedUp = z.object({ type: z.literal('conversation.mark-followed-up'), id, at: isoDate.nullable().optional() });
/** Undo: exactly the conversation stored before (null: none). */
const restore = z.object({ type: z.literal('conversation.restore'), id, conversation: Conversation.nullable() });

export const conversationRequests = [requestSent, setStage, markFollowedUp, restore] as const;
export interface ConversationReplies {
  'conversation.request-sent': RequestSentReply;
  'conversation.set-stage': SetStageReply;
  'conversation.mark-followed-up': { invitation: Invitation };
  'conversation.restore': { invitation: Invitation };
}
