// The one contract between the extension's contexts and the background: every request is a
// member of a zod discriminated union on `type`, and every reply is an envelope that carries
// either the data or an error as data (re-thrown at the caller by send()).
// The content script imports only the *types* from here, never zod itself (payload budget).
//
// One file per area in this folder; in each, every message's request schema stands next to its
// reply type. Naming rule: a type is `<area>.<action>` in lowercase kebab-case words.
//   - area: a noun for what the message is about — the singular for one record
//     ('invitation.set-status'), the plural for the collection ('invitations.list',
//     'templates.reorder'), or the thing observed ('profile.observed', 'sent-page.observed');
//     one area's messages live in one file (related areas may share one: invitations.ts).
//   - action: a verb for a request ('get', 'save', 'delete-all') or, for a report of what the
//     person did, what happened ('sent', 'observed', 'withdraw-clicked', 'refused').
import { z } from 'zod';
import { aiRequests, type AiReplies } from './ai';
import { backupRequests, type BackupReplies } from './backup';
import { composerRequests, type ComposerReplies } from './composer';
import { conversationRequests, type ConversationReplies } from './conversation';
import { dataRequests, type DataReplies } from './data';
import { invitationRequests, type InvitationReplies } from './invitations';
import { pageRequests, type PageReplies } from './page';
import { profileRequests, type ProfileReplies } from './profile';
import { settingsRequests, type SettingsReplies } from './settings';
import { templateRequests, type TemplateReplies } from './templates';

export { REPORT_ID } from './common';
export { AiRequestInput, type AiStatus, type AiSuggestReply } from './ai';
export { ImportMode, type ImportSummary } from './backup';
export type { DialogMissing, ProfileGuard } from './composer';
export type { QuarantineItem } from './data';
export { InvitationBucket, type InvitationView, type QueueOpening, type QueuePage, type QueueSection, type QueueSummary } from './invitations';
export { PageDiagnostics, type PageHealthNotice } from './page';
export { ObservedProfile } from './profile';
export { TemplateInput, type StorageNotice } from './templates';

export const Request = z.discriminatedUnion('type', [
  ...templateRequests,
  ...settingsRequests,
  ...invitationRequests,
  ...composerRequests,
  ...profileRequests,
  ...pageRequests,
  ...conversationRequests,
  ...aiRequests,
  ...backupRequests,
  ...dataRequests,
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
/** What a caller passes: defaults may be left out. */
export type RequestInput = z.input<typeof Request>;
export type RequestInputOf<T extends RequestType> = Extract<RequestInput, { type: T }>;

export interface ResponseMap
  extends TemplateReplies, SettingsReplies, InvitationReplies, ComposerReplies, ProfileReplies,
  PageReplies, ConversationReplies, AiReplies, BackupReplies, DataReplies {}
export type ResponseOf<T extends RequestType> = ResponseMap[T];

// Every request has a reply type and every reply type a request (a compile error otherwise).
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const repliesMatchRequests: Exactly<keyof ResponseMap, RequestType> = true;
void repliesMatchRequests;

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
