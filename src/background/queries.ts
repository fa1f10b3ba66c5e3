// Read-only questions about the stored invitations: buckets, the queue summary, listing with
// filters and paging, and what the composer should warn about for one person. Pure over the
// loaded state and a clock, so the 10,000-invitation benchmark measures exactly this code.
import { profileKey } from '../core/profile-key';
import { bucketNames, bucketOf, localDayNumber, reinviteLockedUntil, startOfLocalMonth, startOfLocalWeek, type Bucket } from '../core/reminders';
import { conversationBucketNames, conversationBucketOf, type ConversationBucket } from '../core/conversation';
import { invitationStatuses, type Invitation, type InvitationStatus, type Settings } from '../core/schemas';
import type { InvitationView, ProfileGuard, QueueOpening, QueuePage, QueueSection, QueueSummary, RequestOf } from '../shared/messages';
import type { InvitationTable } from './store/invitation-table';
import { followTimeZone } from './local-days';
import { facts, fullOf, oldestFirst, rowMatches, sortedRows, type Row, type RowSource } from './invitation-facts';

// Each question walks the compact rows (invitation-facts.ts) and expands only the invitations
// it returns: the badge and the summary expand none, a page of the queue only its own rows.

/** The person of an invitation in full, as profileKey() names them. */
export function keyOf(inv: Invitation): string | null {
  return profileKey(inv.profileUrl);
}

export function bucketFor(row: Row, settings: Settings, today: number): Bucket {
  return bucketOf(facts(row).tracked, settings, today);
}

export function conversationBucketFor(row: Row, settings: Settings, today: number): ConversationBucket {
  return conversationBucketOf(facts(row).conversation, settings, today);
}

export function viewOf(row: Row, settings: Settings, today: number): InvitationView {
  const f = facts(row);
  const view: InvitationView = { ...fullOf(row), daysSinceSent: today - f.tracked.sentDay, bucket: bucketFor(row, settings, today), conversationBucket: conversationBucketFor(row, settings, today) };
  const requested = f.conversation.conversation;
  if (requested) view.daysSinceRequest = today - requested.requestedDay;
  return view;
}

/**
 * What the badge counts: reminders that fell due — invitations due a follow-up and requests for a
 * conversation due their one follow-up. Freshly accepted people wait in the popup's "Ask for a
 * conversation" without a badge: an acceptance is good news, not something overdue.
 */
export function dueCount(invitations: RowSource, settings: Settings, nowMs: number): number {
  followTimeZone();
  const today = localDayNumber(nowMs);
  let due = 0;
  for (const row of invitations.rows()) {
    if (bucketFor(row, settings, today) === 'due') due += 1;
    if (conversationBucketFor(row, settings, today) === 'request-due') due += 1;
  }
  return due;
}

/** What the summary's walk learns of each row, for a question asked in the same walk. */
type RowVisitor = (row: Row, bucket: Bucket, conversation: ConversationBucket) => void;

export function queueSummary(invitations: RowSource, settings: Settings, nowMs: number, visit?: RowVisitor): QueueSummary {
  followTimeZone();
  const today = localDayNumber(nowMs);
  const week = startOfLocalWeek(nowMs);
  const month = startOfLocalMonth(nowMs);
  const byStatus = Object.fromEntries(invitationStatuses.map((s) => [s, 0])) as Record<InvitationStatus, number>;
  const summary: QueueSummary = { due: 0, waiting: 0, stale: 0, total: 0, ask: 0, requestDue: 0, noReply: 0, byStatus, sentThisWeek: 0, weeklyInviteBudget: settings.weeklyInviteBudget, notesThisMonth: 0, monthlyNoteQuota: settings.monthlyNoteQuota };
  for (const row of invitations.rows()) {
    const { ms, tracked, hasNote } = facts(row);
    summary.total += 1;
    byStatus[tracked.status] += 1;
    const bucket = bucketFor(row, settings, today);
    if (bucket !== 'closed') summary[bucket] += 1;
    const conversation = conversationBucketFor(row, settings, today);
    if (conversation === 'ask') summary.ask += 1;
    else if (conversation === 'request-due') summary.requestDue += 1;
    else if (conversation === 'no-reply') summary.noReply += 1;
    visit?.(row, bucket, conversation);
    if (ms >= week) summary.sentThisWeek += 1;
    if (ms >= month && hasNote) summary.notesThisMonth += 1;
  }
  return summary;
}

/** The popup's sections: every invitation bucket but 'closed', and the conversation buckets. */
const queueSections: readonly QueueSection[] = [...bucketNames.filter((b) => b !== 'closed'), ...conversationBucketNames];
const isQueueSection = (name: string): name is QueueSection => (queueSections as readonly string[]).includes(name);

/** Keeps `held` the oldest `limit` rows seen so far, in order (a few dozen: a linear insert). */
function keepOldest(held: Row[], row: Row, limit: number): void {
  if (held.length === limit && oldestFirst(row, held[limit - 1]!) >= 0) return;
  let at = held.length;
  while (at > 0 && oldestFirst(row, held[at - 1]!) < 0) at -= 1;
  held.splice(at, 0, row);
  if (held.length > limit) held.pop();
}

// The last opening per table, while nothing it depends on changed: the rows (the table's version),
// the day and the time zone (weeks and months start at a day), the page size and the settings (all of them: a small
// object, and no list of the fields the buckets read to fall out of date).
const openings = new WeakMap<RowSource, { key: string; opening: QueueOpening }>();
const openingKey = (table: RowSource, settings: Settings, limit: number, today: number) =>
  `${table.version} ${today} ${followTimeZone()} ${limit} ${JSON.stringify(settings)}`;

/**
 * The popup's opening (queue.open): the summary, and each section's size and first page exactly as
 * invitations.list pages it oldest first — in the summary's one walk, without sorting the rest,
 * expanding only the rows returned. Opening the popup again before anything changed walks nothing.
 */
export function queueOpening(invitations: RowSource, settings: Settings, limit: number, nowMs: number): QueueOpening {
  const today = localDayNumber(nowMs);
  const key = openingKey(invitations, settings, limit, today);
  const kept = openings.get(invitations);
  if (kept?.key === key) return kept.opening;
  const opening = openingOf(holdOpening(invitations, settings, limit, nowMs), settings, today);
  openings.set(invitations, { key, opening });
  return opening;
}

/** Each section's oldest `limit` rows and its size, counted in the summary's one walk. */
export interface HeldOpening {
  summary: QueueSummary;
  held: Record<QueueSection, { rows: Row[]; total: number }>;
}

export function holdOpening(invitations: RowSource, settings: Settings, limit: number, nowMs: number): HeldOpening {
  const held = Object.fromEntries(queueSections.map((s) => [s, { rows: [], total: 0 }])) as unknown as HeldOpening['held'];
  const hold = (section: QueueSection, row: Row) => {
    keepOldest(held[section].rows, row, limit);
    held[section].total += 1;
  };
  const summary = queueSummary(invitations, settings, nowMs, (row, bucket, conversation) => {
    if (isQueueSection(bucket)) hold(bucket, row);
    if (isQueueSection(conversation)) hold(conversation, row);
  });
  return { summary, held };
}

/** The opening of held rows (every one of them read in full: StartView.expand at worker start). */
export function openingOf({ summary, held }: HeldOpening, settings: Settings, today: number): QueueOpening {
  const sections = Object.fromEntries(queueSections.map((s) => [s, { items: held[s].rows.map((row) => viewOf(row, settings, today)), total: held[s].total }]));
  return { summary, sections: sections as Record<QueueSection, QueuePage> };
}

type ListRequest = RequestOf<'invitations.list'>;

/** A page of the matching invitations in time order, and how many match: one walk, no sort. */
export function listInvitations(invitations: InvitationTable, settings: Settings, request: ListRequest, nowMs: number): { items: InvitationView[]; total: number } {
  followTimeZone();
  const today = localDayNumber(nowMs);
  const statuses = request.statuses?.length ? new Set(request.statuses) : null;
  const query = request.query?.trim().toLowerCase() ?? '';
  const end = request.offset + request.limit;
  const items: InvitationView[] = [];
  let total = 0;
  for (const row of sortedRows(invitations, request.order === 'oldest' ? 'oldest' : 'newest')) {
    if (statuses && !statuses.has(facts(row).tracked.status)) continue;
    if (request.bucket && bucketFor(row, settings, today) !== request.bucket) continue;
    if (request.conversation && conversationBucketFor(row, settings, today) !== request.conversation) continue;
    if (query && !rowMatches(row, query)) continue;
    if (total >= request.offset && total < end) items.push(viewOf(row, settings, today));
    total += 1;
  }
  return { items, total };
}

/** The newest invitation to this person, if any. */
export function latestFor(invitations: InvitationTable, key: string): Invitation | null {
  const latest = latestRow(invitations, key);
  return latest && fullOf(latest);
}

/** The row of the newest invitation to this person, if any. */
export function latestRow(invitations: RowSource, key: string): Row | null {
  let latest: Row | null = null;
  for (const row of invitations.rows()) {
    if (facts(row).key !== key) continue;
    if (!latest || row.record.s > latest.record.s) latest = row;
  }
  return latest;
}

/** Everyone tracked, as profileKey() names them. */
export function trackedKeys(invitations: InvitationTable): Set<string | null> {
  const keys = new Set<string | null>();
  for (const row of invitations.rows()) keys.add(facts(row).key);
  return keys;
}

/** What the composer shows about the person: `tracked` is their latest invitation's row (read in full). */
export function profileGuard(invitations: RowSource, settings: Settings, tracked: Row | null, nowMs: number): ProfileGuard {
  const summary = queueSummary(invitations, settings, nowMs);
  return {
    tracked: tracked ? viewOf(tracked, settings, localDayNumber(nowMs)) : null,
    reinviteLockedUntil: tracked ? reinviteLockedUntil(fullOf(tracked), nowMs) : null,
    sentThisWeek: summary.sentThisWeek,
    weeklyInviteBudget: summary.weeklyInviteBudget,
    notesThisMonth: summary.notesThisMonth,
    monthlyNoteQuota: summary.monthlyNoteQuota,
  };
}
