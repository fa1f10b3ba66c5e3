// The one contract between the extension's contexts and the background: every request is a
// member of a zod discriminated union on `type`, and every reply is an envelope that carries
// either the data or an error as data (re-thrown at the caller by send()).
// The content script imports only the *types* from here, never zod itself (payload budget).
import { z } from 'zod';
import type { AboutYou } from '../core/about-you';
import { Conversation, ConversationStage, Invitation, InvitationStatus, isoDate, Settings, SettingsPatch, shortText, Template } from '../core/schemas';
import { importModes, type ImportSummary } from '../core/backup/merge';
import { Corrections } from '../core/corrections-schema';
import type { Corrections as CorrectionsT } from '../core/corrections';
import { bucketNames } from '../core/reminders';
import { conversationBucketNames, type ConversationBucket } from '../core/conversation';
import { AiRequestInput, type AiStatus, type AiSuggestReply } from './ai-messages';
import {
  DIAGNOSTIC_COUNTS, DIAGNOSTIC_ERAS, DIAGNOSTIC_KINDS, DIAGNOSTIC_PARTS, DIAGNOSTIC_PROBLEMS, DIAGNOSTIC_SIGNALS,
} from '../linkedin/diagnostic-vocabulary';

const id = shortText(64).min(1);
const profileUrl = z.string().min(1).max(2000);
/**
 * The idempotency key of a report from the content script's outbox (src/content/outbox.ts): a
 * report retried after a worker restart carries the same key, so the background applies it once.
 */
export const REPORT_ID = /^[0-9a-z]{12}$/;
const reportId = z.string().regex(REPORT_ID);

/** What a template editor sends; the id is given by the background for a new template. */
export const TemplateInput = Template.extend({ id: id.optional() });
export type TemplateInput = z.infer<typeof TemplateInput>;

export const InvitationBucket = z.enum(bucketNames);
export type InvitationBucket = z.infer<typeof InvitationBucket>;
export const ConversationQueueBucket = z.enum(conversationBucketNames);

/** The person on the page, as the content script read it (all optional but the URL). */
export const ObservedProfile = z.object({
  profileUrl,
  fullName: shortText(200).optional(),
  firstName: shortText(200).optional(),
  lastName: shortText(200).optional(),
  headline: shortText(400).optional(),
  company: shortText(200).optional(),
  school: shortText(200).optional(),
  location: shortText(200).optional(),
  mutualName: shortText(200).optional(),
  mutualCount: z.number().int().min(0).max(100000).optional(),
  /** What the top card shows as the relation: 1st degree / Connect / Pending. */
  relation: z.enum(['connected', 'connectable', 'pending', 'unknown']).default('unknown'),
});
export type ObservedProfile = z.infer<typeof ObservedProfile>;

/** A page Rapport could not read (linkedin/diagnostics.ts): Rapport's own words and counts only. */
export const PageDiagnostics = z.strictObject({
  problem: z.enum(DIAGNOSTIC_PROBLEMS),
  kind: z.enum(DIAGNOSTIC_KINDS),
  era: z.enum(DIAGNOSTIC_ERAS).nullable(),
  signals: z.array(z.enum(DIAGNOSTIC_SIGNALS)).max(DIAGNOSTIC_SIGNALS.length),
  found: z.array(z.enum(DIAGNOSTIC_PARTS)).max(DIAGNOSTIC_PARTS.length),
  missing: z.array(z.enum(DIAGNOSTIC_PARTS)).max(DIAGNOSTIC_PARTS.length),
  counts: z.partialRecord(z.enum(DIAGNOSTIC_COUNTS), z.number().int().min(0).max(10_000_000)),
});
export type PageDiagnostics = z.infer<typeof PageDiagnostics>;

export const ImportMode = z.enum(importModes);
export type ImportMode = z.infer<typeof ImportMode>;

// ---- Requests -------------------------------------------------------------------------------

export const Request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('templates.list') }),
  z.object({ type: z.literal('templates.save'), template: TemplateInput }),
  z.object({ type: z.literal('templates.delete'), id }),
  /** Undo of a delete: puts the template back at its old position. */
  z.object({ type: z.literal('templates.restore'), template: Template, index: z.number().int().min(0).max(1000) }),
  z.object({ type: z.literal('templates.reorder'), ids: z.array(id).max(1000) }),

  z.object({ type: z.literal('settings.get') }),
  /** `defaultTemplateId: null` clears the default (the first template is used). */
  z.object({ type: z.literal('settings.set'), patch: SettingsPatch.extend({ defaultTemplateId: id.nullable().optional() }) }),

  /** The person clicked LinkedIn's Send (or "Send without a note") in the invite dialog. */
  z.object({
    type: z.literal('invitation-sent'),
    profileUrl,
    name: shortText(200),
    company: shortText(200).optional(),
    headline: shortText(400).optional(),
    note: shortText(2000).default(''),
    templateId: id.optional(),
    sentAt: isoDate.optional(),
    /** Also the new invitation's id: a second delivery of this report finds it and changes nothing. */
    reportId: reportId.optional(),
    /** 'manual': the person recorded it by hand in the side panel (a report the page could not deliver). */
    source: z.enum(['composer', 'manual']).optional(),
  }),
  /** Undo of a recording by hand: removes that invitation (only one recorded by hand). */
  z.object({ type: z.literal('invitation.unrecord'), id }),
  z.object({
    type: z.literal('invitation.set-status'),
    id,
    status: InvitationStatus,
    /** Undo restores the follow-up mark too; omitted leaves it as it is. */
    followedUpAt: isoDate.nullable().optional(),
    /** Undo restores when the previous status was set (null: never); omitted means now. */
    statusChangedAt: isoDate.nullable().optional(),
  }),
  z.object({ type: z.literal('invitation.mark-followed-up'), id, at: isoDate.nullable().optional() }),
  z.object({
    type: z.literal('invitations.list'),
    bucket: InvitationBucket.optional(),
    /** One of the conversation sections of the queue (core/conversation.ts). */
    conversation: ConversationQueueBucket.optional(),
    statuses: z.array(InvitationStatus).max(5).optional(),
    query: shortText(200).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(50),
    order: z.enum(['newest', 'oldest']).default('newest'),
  }),
  z.object({ type: z.literal('queue.summary') }),

  /**
   * The content script asks for the composer's code (composer.js) when the person opens an invite
   * dialog: it is injected into the asking tab's frame only, so every other LinkedIn page carries
   * just the small reader script.
   */
  z.object({ type: z.literal('composer.inject') }),
  /** Everything the composer needs for one dialog, in one round trip. */
  z.object({ type: z.literal('composer.load'), profileUrl: profileUrl.optional() }),
  /** The person is looking at this profile: passive status update + "last profile" for previews. */
  z.object({ type: z.literal('profile.observed'), profile: ObservedProfile, reportId: reportId.optional() }),
  z.object({ type: z.literal('profile.last') }),
  /**
   * The person typed over what was read about this profile (composer or side panel): the whole
   * set of corrections for that person replaces the stored one; an empty set removes it.
   */
  z.object({ type: z.literal('profile.correct'), profileUrl, corrections: Corrections, reportId: reportId.optional() }),
  /** The popup's About-you offer: read the person's own profile in the open LinkedIn tab (nothing is kept). */
  z.object({ type: z.literal('about.own-profile') }),
  /** The person clicked Connect and no invite dialog could be found: offer the side panel. */
  z.object({ type: z.literal('composer.dialog-missing'), profileUrl: profileUrl.optional() }),
  /** The page in view could not be read (no name on a profile, a dialog without its parts). */
  z.object({ type: z.literal('page.health'), report: PageDiagnostics }),
  /** Rows visible on LinkedIn's sent-invitations page. */
  z.object({
    type: z.literal('sent-page.observed'),
    rows: z.array(z.object({ profileUrl, name: shortText(200), sentDaysAgo: z.number().int().min(0).max(3650).nullable() })).max(500),
  }),
  z.object({ type: z.literal('invitation.withdraw-clicked'), profileUrl, reportId: reportId.optional() }),
  /**
   * LinkedIn refused the invitation just recorded (weekly limit): forget that recording, the one
   * whose report carried `sentReportId` when given.
   */
  z.object({ type: z.literal('invitation.refused'), profileUrl, sentReportId: reportId.optional(), reportId: reportId.optional() }),
  /**
   * The person clicked LinkedIn's own Send in a conversation with someone Rapport tracks: the
   * request for a conversation is recorded (issue #21). The text is not stored. `reportId` is the
   * report's idempotency key: a second delivery changes nothing and answers duplicate: true.
   */
  z.object({
    type: z.literal('conversation.request-sent'),
    profileUrl,
    name: shortText(200),
    text: shortText(8000).default(''),
    templateId: id.optional(),
    sentAt: isoDate.optional(),
    reportId: reportId.optional(),
  }),
  /** A stage marked by hand (popup, options); `at` is when (omitted or null: now). */
  z.object({ type: z.literal('conversation.set-stage'), id, stage: ConversationStage, at: isoDate.nullable().optional() }),
  /** The one follow-up on the request marked (at, default now) or taken back (null). */
  z.object({ type: z.literal('conversation.mark-followed-up'), id, at: isoDate.nullable().optional() }),
  /** Undo: exactly the conversation stored before (null: none). */
  z.object({ type: z.literal('conversation.restore'), id, conversation: Conversation.nullable() }),

  /** On-device writing help for the composer (the side panel calls the model itself). */
  z.object({ type: z.literal('ai.status'), language: z.string().max(35).optional() }),
  z.object({ type: z.literal('ai.suggest'), request: AiRequestInput }),
  z.object({ type: z.literal('ai.cancel') }),

  z.object({ type: z.literal('backup.export'), format: z.enum(['json', 'csv']) }),
  z.object({ type: z.literal('backup.preview'), text: z.string(), mode: ImportMode }),
  /** `handle` (from the preview) lets the background reuse the file it already validated. */
  z.object({ type: z.literal('backup.import'), text: z.string(), mode: ImportMode, handle: z.string().max(64).optional() }),
  /** Applies a planned LinkedIn-archive import (planned in the options page, re-checked here). */
  z.object({
    type: z.literal('archive.apply'),
    newlyTracked: z.array(Invitation).max(100000),
    accepted: z.array(z.object({ id, at: isoDate })).max(100000),
  }),

  z.object({ type: z.literal('quarantine.list') }),
  z.object({ type: z.literal('quarantine.discard'), key: z.string().min(1).max(200) }),
  z.object({ type: z.literal('data.delete-all'), confirm: z.literal(true) }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
/** What a caller passes: defaults may be left out. */
export type RequestInput = z.input<typeof Request>;
export type RequestInputOf<T extends RequestType> = Extract<RequestInput, { type: T }>;

// ---- Replies --------------------------------------------------------------------------------

export interface InvitationView extends Invitation {
  daysSinceSent: number;
  bucket: InvitationBucket;
  /** Absent in views built before the lifecycle (tests, old callers): read as "none". */
  conversationBucket?: ConversationBucket;
  /** Calendar days since the request for a conversation, when there is one. */
  daysSinceRequest?: number;
}

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

export interface ProfileGuard {
  tracked: InvitationView | null;
  /** When a recent withdrawal to this person stops blocking a new invitation (ISO), or null. */
  reinviteLockedUntil: string | null;
  sentThisWeek: number;
  weeklyInviteBudget: number;
  notesThisMonth: number;
  monthlyNoteQuota: number;
}

/** A Connect click after which Rapport found no invite dialog (recent ones only). */
export interface DialogMissing {
  at: string;
  profileUrl: string | null;
}

/** The last page Rapport could not read (recent ones only), for the popup's quiet mark. */
export interface PageHealthNotice {
  at: string;
  report: PageDiagnostics;
}

export interface StorageNotice {
  /** Templates moved to this computer (a size quota), waiting out a write-rate limit, or back in sync. */
  kind: 'sync-quota' | 'sync-rate' | 'sync-restored';
  /** The browser's name for the limit, e.g. QUOTA_BYTES or MAX_WRITE_OPERATIONS_PER_MINUTE. */
  limit?: string;
  message: string;
  at: string;
}

export type { ImportSummary } from '../core/backup/merge';

export interface QuarantineItem {
  key: string;
  area: 'local' | 'sync';
  reason: string;
  /** The record exactly as stored, as JSON text. */
  raw: string;
}

export type { AiStatus, AiSuggestReply } from './ai-messages';

export interface ResponseMap {
  'templates.list': { templates: Template[]; area: 'sync' | 'local'; notice: StorageNotice | null };
  'templates.save': { template: Template };
  'templates.delete': { removed: Template; index: number };
  'templates.restore': { template: Template };
  'templates.reorder': { templates: Template[] };
  'settings.get': { settings: Settings };
  'settings.set': { settings: Settings };
  'invitation-sent': { invitation: Invitation; duplicate: boolean };
  'invitation.unrecord': { removed: boolean };
  'invitation.set-status': { invitation: Invitation };
  'invitation.mark-followed-up': { invitation: Invitation };
  'invitations.list': { items: InvitationView[]; total: number };
  'queue.summary': QueueSummary;
  'composer.inject': { injected: true };
  /** `corrections`: what the person typed over what is read about this profile ({} when nothing). */
  'composer.load': { templates: Template[]; settings: Settings; guard: ProfileGuard | null; corrections: CorrectionsT };
  'profile.correct': { corrections: CorrectionsT };
  'profile.observed': { changed: Invitation | null };
  'profile.last': { profile: ObservedProfile | null; dialogMissing: DialogMissing | null; pageHealth?: PageHealthNotice | null };
  /** `own` false: no LinkedIn tab shows the person's own profile. `about` null: nothing readable. */
  'about.own-profile': { own: boolean; about: AboutYou | null };
  'composer.dialog-missing': { noted: true };
  'page.health': { noted: true };
  'sent-page.observed': { updated: number };
  'invitation.withdraw-clicked': { invitation: Invitation | null };
  'invitation.refused': { removed: Invitation | null };
  /** `invitation` null: nobody tracked at that address (nothing is recorded). */
  'conversation.request-sent': { invitation: Invitation | null; duplicate: boolean };
  'conversation.set-stage': { invitation: Invitation };
  'conversation.mark-followed-up': { invitation: Invitation };
  'conversation.restore': { invitation: Invitation };
  'ai.status': { availability: AiStatus };
  'ai.suggest': AiSuggestReply;
  'ai.cancel': { cancelled: boolean };
  'backup.export': { filename: string; mime: string; text: string };
  'backup.preview': ImportSummary & { handle: string };
  'backup.import': ImportSummary;
  'archive.apply': { added: number; accepted: number; alreadyKnown: number };
  'quarantine.list': { items: QuarantineItem[] };
  'quarantine.discard': { discarded: boolean };
  'data.delete-all': { deleted: true };
}
export type ResponseOf<T extends RequestType> = ResponseMap[T];

export const errorCodes = ['invalid-message', 'forbidden-sender', 'not-found', 'invalid-import', 'storage', 'internal'] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** How an error travels back to the caller (replies are built by the router, never parsed). */
export interface ReplyError {
  code: ErrorCode;
  message: string;
  /** One line per problem, each naming where it is (e.g. `invitations[3].sentAt: …`). */
  details: string[];
}
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: ReplyError };
