// What the queue's questions need from a stored invitation — its time, day numbers, status and
// person — read straight from the compact record (store/invitation-table.ts), so the badge, the
// summary and a page of the queue never build the full invitation or parse a date (and ask the
// time zone once per day, local-days.ts). Equal to what the same questions read from the
// expanded invitation (a property test holds the two together).
import type { ConversationFacts } from '../core/conversation';
import { conversationStages, invitationStatuses, type Invitation } from '../core/schemas';
import { localDayOf, zoneEpoch } from './local-days';
import type { CompactRecord } from './store/compact-check';
import type { StartRecord } from './store/invitation-index';
import { expanded, type InvitationRow, type InvitationTable } from './store/invitation-table';
import type { StartRow } from './store/start-view';

/** A row of the loaded table, or of the index at worker start (store/start-view.ts). */
export type Row = InvitationRow | StartRow;
/** Rows to walk, and a version that changes when they do (for kept answers). */
export interface RowSource {
  readonly version: number;
  rows(): Iterable<Row>;
}

export interface Facts {
  /** When it was sent (epoch ms). */
  ms: number;
  /** What reminders.ts bucketOf reads. */
  tracked: { status: Invitation['status']; followedUpAt: string | undefined; sentDay: number };
  conversation: ConversationFacts;
  /** The person, as profileKey() names them. */
  key: string | null;
  hasNote: boolean;
  /** The time zone's epoch the days were derived in (local-days.ts followTimeZone). */
  zoneEpoch: number;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/**
 * profileKey(profileUrlFromKey(k)), without building the address: the stored key comes back
 * percent-decoded as it went in, so only the trailing slashes and the case are left to normalize.
 */
export function keyOfStored(k: string): string | null {
  const key = (k.endsWith('/') ? k.replace(/\/+$/, '') : k).toLowerCase();
  return key.length > 0 ? key : null;
}

function factsOf(r: CompactRecord | StartRecord): Facts {
  const status = invitationStatuses[r.st ?? 0]!;
  const sentDay = localDayOf(r.s);
  const conversation: ConversationFacts = { status, acceptedDay: r.sc === undefined ? sentDay : localDayOf(r.sc) };
  if (r.q) conversation.conversation = { stage: conversationStages[r.q.s ?? 0]!, followedUpAt: iso(r.q.f), requestedDay: localDayOf(r.q.r) };
  return {
    ms: r.s,
    tracked: { status, followedUpAt: iso(r.f), sentDay },
    conversation,
    key: keyOfStored(r.k),
    // As `note.trim() !== ''`: \S is exactly what trim() does not remove. The index keeps the answer.
    hasNote: 'v' in r ? r.t !== undefined && /\S/.test(r.t) : r.note,
    zoneEpoch,
  };
}

/** The invitation in full: a start row's must have been read first (StartView.expand). */
export function fullOf(row: Row): Invitation {
  if (row.invitation) return row.invitation;
  if ('v' in row.record) return expanded(row as InvitationRow);
  throw new Error(`Rapport: invitation ${row.id} was answered from the index without being read`);
}

/** The row's facts, derived once: a write puts a new row, so only a new time zone makes them stale. */
export function facts(row: Row): Facts {
  if (row.facts?.zoneEpoch !== zoneEpoch) row.facts = factsOf(row.record);
  return row.facts;
}

const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Oldest first: by time sent, ties by id (invitations.list's 'oldest' order, and the queue's opening). */
export const oldestFirst = (a: Row, b: Row): number => a.record.s - b.record.s || byId(a, b);
const newestFirst = (a: InvitationRow, b: InvitationRow): number => b.record.s - a.record.s || byId(a, b);
interface Sorted { version: number; oldest?: InvitationRow[]; newest?: InvitationRow[] }
const sortedCache = new WeakMap<InvitationTable, Sorted>();

/** The rows by time sent (ties by id), kept until the table changes: a page is then one walk. */
export function sortedRows(table: InvitationTable, order: 'oldest' | 'newest'): InvitationRow[] {
  let sorted = sortedCache.get(table);
  if (sorted?.version !== table.version) {
    sorted = { version: table.version };
    sortedCache.set(table, sorted);
  }
  sorted[order] ??= [...table.rows()].sort(order === 'oldest' ? oldestFirst : newestFirst);
  return sorted[order];
}

/** Whether any of the person's fields holds the (lower-cased) query. */
export function rowMatches(row: InvitationRow, query: string): boolean {
  const r = row.record;
  // A company stored as a length is the headline's end: searching the headline finds it.
  return [r.n, typeof r.c === 'string' ? r.c : '', r.h ?? '', r.t ?? '', facts(row).key ?? ''].some((field) => field.toLowerCase().includes(query));
}
