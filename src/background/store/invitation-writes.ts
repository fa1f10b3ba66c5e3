// The index (invitation-index.ts) as the worker keeps it, and the items that write invitations
// together with the index chunks they change, so one `storage.set()` lands both or neither: the
// stored index can never describe records that are not there, or miss records that are.
// A removal cannot be one `set`; it writes the index with a journal naming the removed key, and
// a worker stopped before the removal finishes it at the next start (load.ts), where a pending
// journal also sends the start to the full load (start-view.ts).
import type { Invitation } from '../../core/schemas';
import type { CompactRecord } from './compact-check';
import { chunkText, entryText } from './index-text';
import { chunkOf, entryOf, INDEX_CHUNKS, INDEX_HEAD_KEY, INDEX_VERSION, indexChunkKey } from './invitation-index';
import { encodeInvitation, INVITATION_PREFIX, storedRecord } from './invitation-record';
import { InvitationTable } from './invitation-table';
import type { StoreState } from './load';
import { JOURNAL_KEY } from './meta';
import type { StorageArea } from './storage-area';

export const invitationKey = (id: string) => `${INVITATION_PREFIX}${id}`;

/** A chunk's entries as stored text (index-text.ts), by id. */
type Chunk = Map<string, string>;
const byId = (a: [string, string], b: [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
/** A chunk as stored: entries by id, so the same rows always give the same bytes. */
const stored = (chunk: Chunk): string => chunkText([...chunk].sort(byId).map((pair) => pair[1]));
const lineOf = (record: CompactRecord) => entryText(entryOf(record));

/** Items to write, and what to apply to the kept index once the write has landed. */
export interface IndexedWrite {
  items: Record<string, unknown>;
  commit(): void;
}

export class InvitationIndex {
  private chunks: Chunk[] = Array.from({ length: INDEX_CHUNKS }, () => new Map());
  private count = 0;

  static of(records: Iterable<CompactRecord>): InvitationIndex {
    const index = new InvitationIndex();
    for (const record of records) {
      const chunk = index.chunks[chunkOf(record.i)]!;
      if (!chunk.has(record.i)) index.count += 1;
      chunk.set(record.i, lineOf(record));
    }
    return index;
  }

  get size(): number {
    return this.count;
  }

  /** Every chunk and the head: a whole index, as a rebuild writes it. */
  items(): Record<string, unknown> {
    const items: Record<string, unknown> = { [INDEX_HEAD_KEY]: { v: INDEX_VERSION, n: this.count } };
    this.chunks.forEach((chunk, n) => (items[indexChunkKey(n)] = stored(chunk)));
    return items;
  }

  /** Whether the stored index holds exactly this one (the full load's check). */
  matches(items: Record<string, unknown>): boolean {
    const head = items[INDEX_HEAD_KEY] as { v?: unknown; n?: unknown } | undefined;
    if (head?.v !== INDEX_VERSION || head.n !== this.count || Object.keys(head).length !== 2) return false;
    return this.chunks.every((chunk, n) => items[indexChunkKey(n)] === stored(chunk));
  }

  /** The chunks (and head) that change when these records are put and these ids removed. */
  change(put: readonly CompactRecord[], remove: readonly string[]): IndexedWrite {
    const touched = new Map<number, Chunk>();
    const copy = (id: string) => {
      const n = chunkOf(id);
      let chunk = touched.get(n);
      if (!chunk) touched.set(n, (chunk = new Map(this.chunks[n])));
      return chunk;
    };
    for (const record of put) copy(record.i).set(record.i, lineOf(record));
    for (const id of remove) copy(id).delete(id);
    let count = this.count;
    for (const [n, chunk] of touched) count += chunk.size - this.chunks[n]!.size;
    const items: Record<string, unknown> = { [INDEX_HEAD_KEY]: { v: INDEX_VERSION, n: count } };
    for (const [n, chunk] of touched) items[indexChunkKey(n)] = stored(chunk);
    return {
      items,
      commit: () => {
        for (const [n, chunk] of touched) this.chunks[n] = chunk;
        this.count = count;
      },
    };
  }
}

/** Stores invitations: their records and the index chunks they change, in one `set`. */
export async function putInvitations(local: StorageArea, state: StoreState, invitations: readonly Invitation[]): Promise<void> {
  const records = invitations.map(encodeInvitation);
  const write = state.index.change(records, []);
  for (const record of records) write.items[invitationKey(record.i)] = storedRecord(record);
  await local.set(write.items);
  write.commit();
  invitations.forEach((inv, n) => state.invitations.put(inv, records[n]));
}

/** The index without the invitation and a journal naming its key in one `set`; then the removal. */
export async function removeInvitation(local: StorageArea, state: StoreState, id: string): Promise<void> {
  const write = state.index.change([], [id]);
  write.items[JOURNAL_KEY] = { remove: [invitationKey(id)] };
  await local.set(write.items);
  write.commit();
  state.invitations.delete(id);
  await local.remove([invitationKey(id), JOURNAL_KEY]);
}

/**
 * Replaces every invitation. The new records, the whole new index and a journal naming the old
 * keys are written in one `set`; the old keys are removed after. If the worker stops in between,
 * the next start finishes the removal (load.ts), so a half-applied replace is never visible.
 */
export async function replaceInvitations(local: StorageArea, state: StoreState, next: readonly Invitation[]): Promise<void> {
  const nextKeys = new Set(next.map((inv) => invitationKey(inv.id)));
  const stale = [...state.invitations.keys()].map(invitationKey).filter((key) => !nextKeys.has(key));
  const records = new Map(next.map((inv) => [inv.id, encodeInvitation(inv)]));
  const index = InvitationIndex.of(records.values());
  const items: Record<string, unknown> = { [JOURNAL_KEY]: { remove: stale }, ...index.items() };
  for (const [id, record] of records) items[invitationKey(id)] = storedRecord(record);
  await local.set(items);
  const table = new InvitationTable();
  for (const inv of next) table.put(inv, records.get(inv.id));
  state.invitations = table;
  state.index = index;
  await local.remove([...stale, JOURNAL_KEY]);
}
