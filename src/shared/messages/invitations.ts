// Invitations: what the content script reports (sent, withdrawn, refused, the sent page's rows),
// status changes from the popup and options, the list and the queue summary.
import { z } from 'zod';
import { Invitation, InvitationStatus, isoDate, shortText } from '../../core/schemas';
import { bucketNames } from '../../core/reminders';
import { conversationBucketNames, type ConversationBucket, type ConversationQueueBucket as ConversationSection } from '../../core/conversation';
import { id, profileUrl, reportId } from './common';

export const InvitationBucket = z.enum(bucketNames);
export type InvitationBucket = z.infer<typeof InvitationBucket>;
export const ConversationQueueBucket = z.enum(conversationBucketNames);

export interface InvitationView extends Invitation {
  daysSinceSent: number;
  bucket: InvitationBucket;
  /** Absent in views built before the lifecycle (tests, old callers): read as "none". */
  conversationBucket?: ConversationBucket;
  /** Calendar days since the request for a conversation, when there is one. */
  daysSinceRequest?: number;
}

/** The person clicked LinkedIn's Send (or "Send without a note") in the invite dialog. */
const sent = z.object({
  type: z.literal('invitation.sent'),
  profileUrl,
  name: shortText(200),
  company: shortText(200).optional(),
  headline: shortText(400).optional(),
  /** The first name the note greeted them by (core/person.ts), kept so a follow-up greets the same. */
  greetedFirstName: shortText(200).optional(),
  note: shortText(2000).default(''),
  templateId: id.optional(),
  sentAt: isoDate.optional(),
  /** Also the new invitation's id: a second delivery of this report finds it and changes nothing. */
  reportId: reportId.optional(),
  /** 'manual': the person recorded it by hand in the side panel (a report the page could not deliver). */
  source: z.enum(['composer', 'manual']).optional(),
});
type SentReply = { invitation: Invitation; duplicate: boolean };

/** Undo of a recording by hand: removes that invitation (only one recorded by hand). */
const unrecord = z.object({ type: z.literal('invitation.unrecord'), id });
type UnrecordReply = { removed: boolean };

const setStatus = z.object({
  type: z.literal('invitation.set-status'),
  id,
  status: InvitationStatus,
  /** Undo restores the follow-up mark too; omitted leaves it as it is. */
  followedUpAt: isoDate.nullable().optional(),
  /** Undo restores when the previous status was set (null: never); omitted means now. */
  statusChangedAt: isoDate.nullable().optional(),
});
type SetStatusReply = { invitation: Invitation };

const markFollowedUp = z.object({ type: z.literal('invitation.mark-followed-up'), id, at: isoDate.nullable().optional() });
type MarkFollowedUpReply = { invitation: Invitation };

const list = z.object({
  type: z.literal('invitations.list'),
  bucket: InvitationBucket.optional(),
  /** One of the conversation sections of the queue (core/conversation.ts). */
  conversation: ConversationQueueBucket.optional(),
  statuses: z.array(InvitationStatus).max(5).optional(),
  query: shortText(200).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(50),
  order: z.enum(['newest', 'oldest']).default('newest'),
});
type ListReply = { items: InvitationView[]; total: number };

const summary = z.object({ type: z.literal('queue.summary') });
export interface QueueSummary {
  due: number;
  waiting: number;
  stale: number;
  total: number;
  /** The conversation sections: freshly accepted, request due a follow-up, no reply after two weeks. */
  ask: number;
  requestDue: number;
  noReply: number;
  byStatus: Record<InvitationStatus, number>;
  /** Invitations sent since Monday 00:00 in the person's time zone. */
  sentThisWeek: number;
  weeklyInviteBudget: number;
  /** Invitations with a note sent this calendar month. */
  notesThisMonth: number;
  monthlyNoteQuota: number;
}

/**
 * What the popup needs to draw as it opens, in one round trip: the summary, and the first rows
 * (oldest first, as `invitations.list` pages them) and the size of each section of the queue.
 */
const open = z.object({ type: z.literal('queue.open'), limit: z.number().int().min(1).max(100).default(25) });
/** A section of the popup's queue: an invitation bucket still open, or a conversation section. */
export type QueueSection = Exclude<InvitationBucket, 'closed'> | ConversationSection;
export interface QueuePage {
  items: InvitationView[];
  total: number;
}
export interface QueueOpening {
  summary: QueueSummary;
  sections: Record<QueueSection, QueuePage>;
}

/** Rows visible on LinkedIn's sent-invitations page. */
const sentPage = z.object({
  type: z.literal('sent-page.observed'),
  rows: z.array(z.object({ profileUrl, name: shortText(200), sentDaysAgo: z.number().int().min(0).max(3650).nullable() })).max(500),
});
type SentPageReply = { updated: number };

const withdrawClicked = z.object({ type: z.literal('invitation.withdraw-clicked'), profileUrl, reportId: reportId.optional() });
type WithdrawClickedReply = { invitation: Invitation | null };

/**
 * LinkedIn refused the invitation just recorded (weekly limit): forget that recording, the one
 * whose report carried `sentReportId` when given.
 */
const refused = z.object({ type: z.literal('invitation.refused'), profileUrl, sentReportId: reportId.optional(), reportId: reportId.optional() });
type RefusedReply = { removed: Invitation | null };

export const invitationRequests = [sent, unrecord, setStatus, markFollowedUp, list, summary, open, sentPage, withdrawClicked, refused] as const;
export interface InvitationReplies {
  'invitation.sent': SentReply;
  'invitation.unrecord': UnrecordReply;
  'invitation.set-status': SetStatusReply;
  'invitation.mark-followed-up': MarkFollowedUpReply;
  'invitations.list': ListReply;
  'queue.summary': QueueSummary;
  'queue.open': QueueOpening;
  'sent-page.observed': SentPageReply;
  'invitation.withdraw-clicked': WithdrawClickedReply;
  'invitation.refused': RefusedReply;
}
