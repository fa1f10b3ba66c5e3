// After "accepted": the request for a short conversation and how it went (issue #21).
// accepted → requested (LinkedIn's Send in a conversation, or marked by hand) → replied / met,
// with one follow-up after `conversationFollowUpAfterDays` and "no reply" after
// `conversationCloseAfterDays` — calendar days in the browser's time zone, as reminders.ts counts
// invitations (a daylight-saving night neither skips nor doubles a day). Pure, so the popup's
// queue, the badge and the handlers share one set of rules.
import { localDayNumber } from './reminders';
import type { Conversation, ConversationStage, Invitation, Settings } from './schemas';

/** The queue sections the lifecycle adds, in the order the popup shows them. */
export const conversationBucketNames = ['ask', 'request-due', 'no-reply'] as const;
export type ConversationQueueBucket = (typeof conversationBucketNames)[number];
/** Besides the queue: a request still within its week ('requested'), an answered one ('done'), or nothing to do ('none'). */
export type ConversationBucket = ConversationQueueBucket | 'requested' | 'done' | 'none';

export type ConversationTiming = Pick<Settings, 'conversationFollowUpAfterDays' | 'conversationCloseAfterDays'>;

export interface ConversationFacts {
  status: Invitation['status'];
  /** Local day the invitation was accepted (when it changed status, else when it was sent). */
  acceptedDay: number;
  conversation?: Pick<Conversation, 'stage' | 'followedUpAt'> & { requestedDay: number };
}

/** What `conversationBucketOf` needs from a stored invitation (day numbers in local time). */
export function conversationFacts(inv: Pick<Invitation, 'status' | 'sentAt' | 'statusChangedAt' | 'conversation'>): ConversationFacts {
  const acceptedDay = localDayNumber(Date.parse(inv.statusChangedAt ?? inv.sentAt));
  const c = inv.conversation;
  if (!c) return { status: inv.status, acceptedDay };
  return { status: inv.status, acceptedDay, conversation: { stage: c.stage, followedUpAt: c.followedUpAt, requestedDay: localDayNumber(Date.parse(c.requestedAt)) } };
}

/**
 * - ask: accepted fewer than `conversationCloseAfterDays` days ago and no request yet ("freshly"
 *   accepted: an archive of old connections must not flood the queue);
 * - no-reply: requested `conversationCloseAfterDays` or more days ago and still no answer;
 * - request-due: requested `conversationFollowUpAfterDays` or more days ago, not followed up;
 * - requested: the rest of the open requests; done: replied, met or closed.
 */
export function conversationBucketOf(facts: ConversationFacts, timing: ConversationTiming, today: number): ConversationBucket {
  const c = facts.conversation;
  if (!c) return facts.status === 'accepted' && today - facts.acceptedDay < timing.conversationCloseAfterDays ? 'ask' : 'none';
  if (c.stage !== 'requested') return 'done';
  const days = today - c.requestedDay;
  if (days >= timing.conversationCloseAfterDays) return 'no-reply';
  if (days >= timing.conversationFollowUpAfterDays && !c.followedUpAt) return 'request-due';
  return 'requested';
}

/** Local calendar day when the follow-up is due and when the request counts as unanswered. */
export function conversationReminderDays(requestedAt: string, timing: ConversationTiming): { followUpDay: number; closeDay: number } {
  const day = localDayNumber(Date.parse(requestedAt));
  return { followUpDay: day + timing.conversationFollowUpAfterDays, closeDay: day + timing.conversationCloseAfterDays };
}

export interface RequestReport {
  at: string;
  templateId?: string;
  reportId?: string;
  /** The message was written from a 'conversation-follow-up' template. */
  fromFollowUpTemplate: boolean;
}

export type RequestOutcome = { invitation: Invitation; changed: boolean; duplicate: boolean };

/**
 * LinkedIn's Send in a conversation with a tracked person. The first one is the request; a later
 * one while the request is open and not followed up is the follow-up when it was written from a
 * follow-up template or on a later calendar day (a second message the same day is a correction,
 * not a follow-up). Anything else changes nothing. A report applied already (same `reportId`) is
 * a duplicate and changes nothing.
 */
export function recordRequest(inv: Invitation, report: RequestReport): RequestOutcome {
  const c = inv.conversation;
  if (report.reportId && c?.reportId === report.reportId) return { invitation: inv, changed: false, duplicate: true };
  if (!c) {
    const conversation: Conversation = { stage: 'requested', requestedAt: report.at };
    if (report.templateId) conversation.templateId = report.templateId;
    if (report.reportId) conversation.reportId = report.reportId;
    return { invitation: { ...inv, conversation }, changed: true, duplicate: false };
  }
  const laterDay = localDayNumber(Date.parse(report.at)) > localDayNumber(Date.parse(c.requestedAt));
  if (c.stage === 'requested' && !c.followedUpAt && (report.fromFollowUpTemplate || laterDay)) {
    const conversation: Conversation = { ...c, followedUpAt: report.at };
    if (report.reportId) conversation.reportId = report.reportId;
    return { invitation: { ...inv, conversation }, changed: true, duplicate: false };
  }
  return { invitation: inv, changed: false, duplicate: false };
}

/**
 * A stage set by hand. Without a recorded request, one is recorded at `at` (the person asked
 * outside Rapport's view); 'requested' on an existing request re-opens it, keeping when it was sent.
 */
export function withStage(inv: Invitation, stage: ConversationStage, at: string): Invitation {
  const c = inv.conversation;
  if (!c) {
    const conversation: Conversation = { stage, requestedAt: at };
    if (stage !== 'requested') conversation.stageChangedAt = at;
    return { ...inv, conversation };
  }
  return { ...inv, conversation: { ...c, stage, stageChangedAt: at } };
}

/** The one follow-up on the request marked (at) or taken back (null). */
export function withFollowUp(inv: Invitation & { conversation: Conversation }, at: string | null): Invitation {
  const conversation: Conversation = { ...inv.conversation };
  if (at === null) delete conversation.followedUpAt;
  else conversation.followedUpAt = at;
  return { ...inv, conversation };
}

/** Exactly the conversation given back (undo), or none. */
export function withConversation(inv: Invitation, conversation: Conversation | null): Invitation {
  const next: Invitation = { ...inv };
  if (conversation) next.conversation = conversation;
  else delete next.conversation;
  return next;
}

const lastDate = (c: Conversation) => Math.max(...[c.requestedAt, c.followedUpAt, c.stageChangedAt].map((d) => (d ? Date.parse(d) : 0)));

/**
 * A backup merged into what is stored: the conversation that went further (its latest date is
 * later) is kept; one side without a conversation takes the other's. Null: the stored one stays.
 */
export function mergedConversation(stored: Conversation | undefined, incoming: Conversation | undefined): Conversation | null {
  if (!incoming) return null;
  if (!stored || lastDate(incoming) > lastDate(stored)) return incoming;
  return null;
}
