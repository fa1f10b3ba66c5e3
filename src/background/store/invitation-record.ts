// How an invitation is stored: one `storage.local` key per invitation (`i:<id>`), so one send is
// one small write, in a compact form (short keys, epoch milliseconds, the profile key instead of
// the URL) that keeps a typical invitation under the 400-byte budget.
// History: v1 = the long form, identical to the backup format; v2 = this compact form; v3 = v2
// plus `q`, the conversation after acceptance (issue #21). A v2 record is a v3 record without `q`.
import { z } from 'zod';
import { profileKey, profileUrlFromKey } from '../../core/profile-key';
import { conversationStages, Invitation, invitationSources, invitationStatuses, type Conversation, type Invitation as InvitationT } from '../../core/schemas';
import { invalidReason, migrate, type Decoded, type Migration } from './migrations';
import { checkCompact, isCompact, type CompactRecord } from './compact-check';

export const INVITATION_PREFIX = 'i:';
export const INVITATION_VERSION = 3;

const ms = z.number().int().min(0).max(8.64e15);
/** The conversation: stage index, requested, followed up, stage changed (ms), template id, last report id. */
export const CompactConversation = z.object({
  s: z.number().int().min(0).max(conversationStages.length - 1).optional(),
  r: ms,
  f: ms.optional(),
  c: ms.optional(),
  m: z.string().max(64).optional(),
  p: z.string().max(64).optional(),
});
type CompactConversation = z.infer<typeof CompactConversation>;

export const Compact = z.object({
  v: z.literal(3),
  i: z.string().min(1).max(64),
  k: z.string().min(1).max(200),
  n: z.string().max(200),
  y: z.string().max(200).optional(),
  c: z.string().max(200).optional(),
  h: z.string().max(400).optional(),
  t: z.string().max(2000).optional(),
  m: z.string().max(64).optional(),
  s: ms,
  st: z.number().int().min(0).max(invitationStatuses.length - 1).optional(),
  f: ms.optional(),
  sc: ms.optional(),
  o: z.number().int().min(0).max(invitationSources.length - 1).optional(),
  q: CompactConversation.optional(),
  /** greetedFirstName (added without a version bump: a record without it is still valid). */
  g: z.string().max(200).optional(),
});
type Compact = z.infer<typeof Compact>;

const iso = (value: number | undefined) => (value === undefined ? undefined : new Date(value).toISOString());

export function encodeInvitation(inv: InvitationT): Compact {
  const key = profileKey(inv.profileUrl) ?? inv.profileUrl;
  const record: Compact = { v: 3, i: inv.id, k: key, n: inv.name, s: Date.parse(inv.sentAt) };
  if (inv.vanity && inv.vanity !== key) record.y = inv.vanity;
  if (inv.company) record.c = inv.company;
  if (inv.headline) record.h = inv.headline;
  if (inv.note) record.t = inv.note;
  if (inv.templateId) record.m = inv.templateId;
  if (inv.status !== 'pending') record.st = invitationStatuses.indexOf(inv.status);
  if (inv.followedUpAt) record.f = Date.parse(inv.followedUpAt);
  if (inv.statusChangedAt) record.sc = Date.parse(inv.statusChangedAt);
  if (inv.source !== 'composer') record.o = invitationSources.indexOf(inv.source);
  if (inv.conversation) record.q = encodeConversation(inv.conversation);
  if (inv.greetedFirstName) record.g = inv.greetedFirstName;
  return record;
}

function encodeConversation(c: Conversation): CompactConversation {
  const q: CompactConversation = { r: Date.parse(c.requestedAt) };
  if (c.stage !== 'requested') q.s = conversationStages.indexOf(c.stage);
  if (c.followedUpAt) q.f = Date.parse(c.followedUpAt);
  if (c.stageChangedAt) q.c = Date.parse(c.stageChangedAt);
  if (c.templateId) q.m = c.templateId;
  if (c.reportId) q.p = c.reportId;
  return q;
}

function expandConversation(q: CompactConversation): Conversation {
  const c: Conversation = { stage: conversationStages[q.s ?? 0]!, requestedAt: iso(q.r)! };
  if (q.f !== undefined) c.followedUpAt = iso(q.f);
  if (q.c !== undefined) c.stageChangedAt = iso(q.c);
  if (q.m !== undefined) c.templateId = q.m;
  if (q.p !== undefined) c.reportId = q.p;
  return c;
}

/** The invitation a stored record holds (built when something first asks for it). */
export function expandInvitation(record: Compact): InvitationT {
  const invitation: InvitationT = {
    id: record.i,
    profileUrl: profileUrlFromKey(record.k),
    vanity: record.y ?? record.k,
    name: record.n,
    company: record.c,
    headline: record.h,
    note: record.t ?? '',
    templateId: record.m,
    sentAt: iso(record.s)!,
    status: invitationStatuses[record.st ?? 0]!,
    followedUpAt: iso(record.f),
    statusChangedAt: iso(record.sc),
    source: invitationSources[record.o ?? 0]!,
    ...(record.g ? { greetedFirstName: record.g } : {}),
  };
  if (record.q) invitation.conversation = expandConversation(record.q);
  return invitation;
}

const migrations: Migration[] = [
  // v1 → v2: the long form (as in a backup) becomes the compact form.
  {
    from: 1,
    up(record) {
      const parsed = Invitation.safeParse(record);
      if (!parsed.success) throw new Error(invalidReason(parsed.error));
      if (!profileKey(parsed.data.profileUrl)) throw new Error('profileUrl: not a LinkedIn profile address');
      return encodeInvitation(parsed.data);
    },
  },
  // v2 → v3: the conversation (`q`) is new and optional; every v2 record reads as it is.
  { from: 2, up: (record) => ({ ...record, v: 3 }) },
];

export function decodeInvitation(raw: unknown): Decoded<InvitationT> {
  const read = readInvitation(raw);
  return read.ok ? { ok: true, value: expandInvitation(read.value), migrated: read.migrated } : read;
}

/**
 * The stored record checked (and migrated) but not expanded: what the worker's start keeps. A
 * current record that passes the fast check is kept as read, with nothing built; anything else
 * goes through zod, which has the last word and says why a record is kept aside.
 */
export function readInvitation(raw: unknown): Decoded<CompactRecord> {
  const current = currentRecord(raw);
  if (current) return { ok: true, value: current, migrated: false };
  const step = migrate(raw, INVITATION_VERSION, migrations);
  if (!step.ok) return step;
  const checked = checkCompact(step.record);
  if (checked) return { ok: true, value: checked, migrated: step.migrated };
  const parsed = Compact.safeParse(step.record);
  if (!parsed.success) return { ok: false, reason: invalidReason(parsed.error) };
  return { ok: true, value: parsed.data, migrated: step.migrated };
}

/** The record as read when it is current and passes the fast check (the common case), else null. */
export function currentRecord(raw: unknown): CompactRecord | null {
  if (!raw || typeof raw !== 'object' || (raw as { v?: unknown }).v !== INVITATION_VERSION) return null;
  return isCompact(raw as Record<string, unknown>) ? (raw as CompactRecord) : null;
}
