// Read-only questions about the stored invitations: buckets, the queue summary, listing with
// filters and paging, and what the composer should warn about for one person. Pure over the
// loaded state and a clock, so the 10,000-invitation benchmark measures exactly this code.
import { profileKey } from '../core/profile-key';
import { bucketOf, localDayNumber, reinviteLockedUntil, startOfLocalMonth, startOfLocalWeek, type Bucket } from '../core/reminders';
import { conversationBucketOf, conversationFacts, type ConversationBucket, type ConversationFacts } from '../core/conversation';
import { invitationStatuses, type Invitation, type InvitationStatus, type Settings } from '../core/schemas';
import type { InvitationView, ProfileGuard, QueueSummary, RequestOf } from '../shared/messages';

// Parsing dates and profile addresses is the cost of every query; each invitation object is
// immutable once stored (updates replace it), so what is derived from it is cached by identity.
interface Derived {
  ms: number;
  day: number;
  key: string | null;
  conversation: ConversationFacts;
}
const derivedCache = new WeakMap<Invitation, Derived>();
function derived(inv: Invitation): Derived {
  let cached = derivedCache.get(inv);
  if (!cached) {
    const ms = Date.parse(inv.sentAt);
    cached = { ms, day: localDayNumber(ms), key: profileKey(inv.profileUrl), conversation: conversationFacts(inv) };
    derivedCache.set(inv, cached);
  }
  return cached;
}

/** The invitation's person, as profileKey() names them. */
export function keyOf(inv: Invitation): string | null {
  return derived(inv).key;
}

export function bucketFor(inv: Invitation, settings: Settings, today: number): Bucket {
  return bucketOf({ status: inv.status, followedUpAt: inv.followedUpAt, sentDay: derived(inv).day }, settings, today);
}

export function conversationBucketFor(inv: Invitation, settings: Settings, today: number): ConversationBucket {
  return conversationBucketOf(derived(inv).conversation, settings, today);
}

export function viewOf(inv: Invitation, settings: Settings, today: number): InvitationView {
  const view: InvitationView = { ...inv, daysSinceSent: today - derived(inv).day, bucket: bucketFor(inv, settings, today), conversationBucket: conversationBucketFor(inv, settings, today) };
  const requested = derived(inv).conversation.conversation;
  if (requested) view.daysSinceRequest = today - requested.requestedDay;
  return view;
}

/**
 * What the badge counts: reminders that fell due — invitations due a follow-up and requests for a
 * conversation due their one follow-up. Freshly accepted people wait in the popup's "Ask for a
 * conversation" without a badge: an acceptance is good news, not something overdue.
 */
export function dueCount(invitations: Iterable<Invitation>, settings: Settings, nowMs: number): number {
  const today = localDayNumber(nowMs);
  let due = 0;
  for (const inv of invitations) {
    if (bucketFor(inv, settings, today) === 'due') due += 1;
    if (conversationBucketFor(inv, settings, today) === 'request-due') due += 1;
  }
  return due;
}

export function queueSummary(invitations: Iterable<Invitation>, settings: Settings, nowMs: number): QueueSummary {
  const today = localDayNumber(nowMs);
  const week = startOfLocalWeek(nowMs);
  const month = startOfLocalMonth(nowMs);
  const byStatus = Object.fromEntries(invitationStatuses.map((s) => [s, 0])) as Record<InvitationStatus, number>;
  const summary: QueueSummary = { due: 0, waiting: 0, stale: 0, total: 0, ask: 0, requestDue: 0, noReply: 0, byStatus, sentThisWeek: 0, weeklyInviteBudget: settings.weeklyInviteBudget, notesThisMonth: 0, monthlyNoteQuota: settings.monthlyNoteQuota };
  for (const inv of invitations) {
    summary.total += 1;
    byStatus[inv.status] += 1;
    const bucket = bucketFor(inv, settings, today);
    if (bucket !== 'closed') summary[bucket] += 1;
    const conversation = conversationBucketFor(inv, settings, today);
    if (conversation === 'ask') summary.ask += 1;
    else if (conversation === 'request-due') summary.requestDue += 1;
    else if (conversation === 'no-reply') summary.noReply += 1;
    const { ms } = derived(inv);
    if (ms >= week) summary.sentThisWeek += 1;
    if (ms >= month && inv.note.trim()) summary.notesThisMonth += 1;
  }
  return summary;
}

type ListRequest = RequestOf<'invitations.list'>;

export function listInvitations(invitations: Iterable<Invitation>, settings: Settings, request: ListRequest, nowMs: number): { items: InvitationView[]; total: number } {
  const today = localDayNumber(nowMs);
  const statuses = request.statuses?.length ? new Set(request.statuses) : null;
  const query = request.query?.trim().toLowerCase() ?? '';
  const matches: Invitation[] = [];
  for (const inv of invitations) {
    if (statuses && !statuses.has(inv.status)) continue;
    if (request.bucket && bucketFor(inv, settings, today) !== request.bucket) continue;
    if (request.conversation && conversationBucketFor(inv, settings, today) !== request.conversation) continue;
    if (query && !matchesQuery(inv, query)) continue;
    matches.push(inv);
  }
  const direction = request.order === 'oldest' ? 1 : -1;
  // Each time read once, not twice per comparison: a page of 10,000 makes ~140,000 of them, and
  // Insights asks for ten pages in a row.
  const keyed = matches.map((inv) => ({ inv, ms: derived(inv).ms }));
  keyed.sort((a, b) => direction * (a.ms - b.ms) || a.inv.id.localeCompare(b.inv.id));
  const page = keyed.slice(request.offset, request.offset + request.limit);
  return { items: page.map(({ inv }) => viewOf(inv, settings, today)), total: matches.length };
}

function matchesQuery(inv: Invitation, query: string): boolean {
  return [inv.name, inv.company ?? '', inv.headline ?? '', inv.note, keyOf(inv) ?? ''].some((field) => field.toLowerCase().includes(query));
}

/** The newest invitation to this person, if any. */
export function latestFor(invitations: Iterable<Invitation>, key: string): Invitation | null {
  let latest: Invitation | null = null;
  for (const inv of invitations) {
    if (keyOf(inv) !== key) continue;
    if (!latest || derived(inv).ms > derived(latest).ms) latest = inv;
  }
  return latest;
}

export function profileGuard(invitations: Invitation[], settings: Settings, key: string | null, nowMs: number): ProfileGuard {
  const summary = queueSummary(invitations, settings, nowMs);
  const tracked = key ? latestFor(invitations, key) : null;
  return {
    tracked: tracked ? viewOf(tracked, settings, localDayNumber(nowMs)) : null,
    reinviteLockedUntil: tracked ? reinviteLockedUntil(tracked, nowMs) : null,
    sentThisWeek: summary.sentThisWeek,
    weeklyInviteBudget: summary.weeklyInviteBudget,
    notesThisMonth: summary.notesThisMonth,
    monthlyNoteQuota: summary.monthlyNoteQuota,
  };
}
