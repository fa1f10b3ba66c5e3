// The conversation after an accepted invitation (issue #21): the request for a conversation and
// its stage. Names fixed by main's contract; the lifecycle work fills in the handler.
import { z } from 'zod';
import { ConversationStage, Invitation, isoDate, shortText } from '../../core/schemas';
import { id, profileUrl, reportId } from './common';

/**
 * The person clicked LinkedIn's own Send in a conversation with someone Rapport tracks (or marked
 * the request sent by hand): the request for a conversation is recorded (issue #21).
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

const setStage = z.object({ type: z.literal('conversation.set-stage'), id, stage: ConversationStage, at: isoDate.nullable().optional() });
type SetStageReply = { invitation: Invitation };

export const conversationRequests = [requestSent, setStage] as const;
export interface ConversationReplies {
  'conversation.request-sent': RequestSentReply;
  'conversation.set-stage': SetStageReply;
}
