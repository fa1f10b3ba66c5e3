// How an invitation is stored: one `storage.local` key per invitation (`i:<id>`), so one send is
// one small write, in a compact form (short keys, epoch milliseconds, the profile key instead of
// the URL) that keeps a typical invitation under the 400-byte budget.
// History: v1 = the long form, identical to the backup format; v2 = this compact form; v3 = v2
// plus `q`, the conversation after acceptance (issue #21). A v2 record is a v3 record without `q`.
// v4 (issue #19, bytes per invitation) stores no id — the key names it, and a reader takes it
// from there — and a company the headline ends with ("… at Northwind") as its length, a number.
// In memory a record always carries `i`; storedRecord() leaves it out when written.
import { z } from 'zod';
import { profileKey, profileUrlFromKey } from '../../core/profile-key';
import { conversationStages, Invitation, invitationSources, invitationStatuses, type Conversation, type Invitation as InvitationT } from '../../core/schemas';
import { invalidReason, migrate, type Decoded, type Migration } from './migrations';
import { checkCompact, isCompact, type CompactRecord } from './compact-check';

export const INVITATION_PREFIX = 'i:';
export const INVITATION_VERSION = 4;

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
  v: z.literal(4),
  /** Not stored in a v4 record: the reader sets it from the key. */
  i: z.string().min(1).max(64),
  k: z.string().min(1).max(200),
  n: z.string().max(200),
  y: z.string().max(200).optional(),
  /** The company, or how many of the headline's last characters it is. */
  c: z.union([z.string().max(200), z.number().int().min(1).max(200)]).optional(),
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
}).refine((r) => typeof r.c !== 'number' || (r.h !== undefined && r.h.length >= r.c), { message: 'c: longer than the headline it is the end of', path: ['c'] });
type Compact = z.infer<typeof Compact>;

const iso = (value: number | undefined) => (value === undefined ? undefined : new Date(value).toISOString());

export function encodeInvitation(inv: InvitationT): Compact {
  const key = profileKey(inv.profileUrl) ?? inv.profileUrl;
  const record: Compact = { v: 4, i: inv.id, k: key, n: inv.name, s: Date.parse(inv.sentAt) };
  if (inv.vanity && inv.vanity !== key) record.y = inv.vanity;
  if (inv.company) record.c = companyCode(inv.company, inv.headline);
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

/** The company as stored: its length when the headline ends with it, else itself. */
function companyCode(company: string, headline: string | undefined): string | number {
  return headline?.endsWith(company) ? company.length : company;
}

/** The record as written to storage: without the id, which its key holds. */
export function storedRecord(record: Compact): Omit<Compact, 'i'> {
  const stored: Omit<Compact, 'i'> & { i?: string } = { ...record };
  delete stored.i;
  return stored;
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
    company: typeof record.c === 'number' ? record.h!.slice(record.h!.length - record.c) : record.c,
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
  // v3 → v4: the id stays in memory (checked against the key by the reader; not written again);
  // a company the headline ends with becomes its length.
  {
    from: 3,
    up(record) {
      const { c, h } = record;
      return { ...record, v: 4, ...(typeof c === 'string' && c !== '' && typeof h === 'string' ? { c: companyCode(c, h) } : {}) };
    },
  },
];

/** A stored record read in full; `id` is the one its key names. */
export function decodeInvitation(raw: unknown, id: string): Decoded<InvitationT> {
  const read = readInvitation(raw, id);
  return read.ok ? { ok: true, value: expandInvitation(read.value), migrated: read.migrated } : read;
}

/**
 * The stored record checked (and migrated) but not expanded: what the worker's start keeps. A
 * current record that passes the fast check is kept as read, with nothing built; anything else
 * goes through zod, which has the last word and says why a record is kept aside. `id` is the one
 * the record's key names: a v4 record is given it; an older one keeps its own, which the caller
 * compares with the key.
 */
export function readInvitation(raw: unknown, id: string): Decoded<CompactRecord> {
  const current = currentRecord(raw, id);
  if (current) return { ok: true, value: current, migrated: false };
  const step = migrate(raw, INVITATION_VERSION, migrations);
  if (!step.ok) return step;
  // A v4 record is stored without an id; one that has one anyway keeps it, for the caller to
  // compare with the key (a record copied under another key is not taken for another invitation).
  if (!step.migrated && step.record.i === undefined) step.record = { ...step.record, i: id };
  const checked = checkCompact(step.record);
  if (checked) return { ok: true, value: checked, migrated: step.migrated };
  const parsed = Compact.safeParse(step.record);
  if (!parsed.success) return { ok: false, reason: invalidReason(parsed.error) };
  return { ok: true, value: parsed.data, migrated: step.migrated };
}

/**
 * The record as read, given the id its key names, when it is current and passes the fast check
 * (the common case), else null. The read object is the caller's own, so the id is set on it.
 */
export function currentRecord(raw: unknown, id: string): CompactRecord | null {
  if (!raw || typeof raw !== 'object' || (raw as { v?: unknown }).v !== INVITATION_VERSION) return null;
  const own = (raw as { i?: unknown }).i;
  if ((own !== undefined && own !== id) || id.length < 1 || id.length > 64 || !isCompact(raw as Record<string, unknown>)) return null;
  const record = raw as CompactRecord;
  record.i = id;
  return record;
}
