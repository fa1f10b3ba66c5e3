// A compact index of the stored invitations: just what the worker's first answers need (id,
// profile key, times, status, whether a note was written, the conversation's stage and times),
// in 64 chunks (`x:0`..`x:63`, each one string of entries, index-text.ts) and a head (`x:head`
// {v:2, n}). A worker start reads these 65 small values instead of decoding every record
// (start-view.ts). v1 stored each entry as a JSON array; it is not read: the index is derived,
// so a v1 index is treated as missing and the full load writes a v2 one.
// The index is written in the same `storage.set()` as the records it describes
// (invitation-writes.ts), so it is never older than they are; the full load checks it against
// the records right after the first answer and rewrites it on any difference (load.ts).
import { z } from 'zod';
import { conversationStages, invitationStatuses } from '../../core/schemas';
import type { CompactConversationRecord, CompactRecord } from './compact-check';
import { readChunkText } from './index-text';

export const INDEX_HEAD_KEY = 'x:head';
export const INDEX_CHUNKS = 64;
export const INDEX_PREFIX = 'x:';
export const indexChunkKey = (chunk: number) => `${INDEX_PREFIX}${chunk}`;
export const INDEX_KEYS: readonly string[] = [INDEX_HEAD_KEY, ...Array.from({ length: INDEX_CHUNKS }, (_, n) => indexChunkKey(n))];

/** [stage, requested, followed up?] of a conversation (epoch ms). */
export type IndexConversation = [number, number, number?];
/**
 * [id, profile key as stored, sent, status × 2 + (1 if a note was written), status changed?,
 * followed up?, conversation?]; absent times in the middle are null, trailing ones left out.
 */
export type IndexEntry = [string, string, number, number, (number | null)?, (number | null)?, IndexConversation?];

const MAX_MS = 8.64e15;
const ms = z.number().int().min(0).max(MAX_MS);
const maxCode = invitationStatuses.length * 2 - 1;
const Entry = z.tuple([
  z.string().min(1).max(64),
  z.string().min(1).max(200),
  ms,
  z.number().int().min(0).max(maxCode),
  ms.nullable().optional(),
  ms.nullable().optional(),
  z.tuple([z.number().int().min(0).max(conversationStages.length - 1), ms, ms.optional()]).optional(),
]);
export const IndexEntries = z.array(Entry);
/** A stored chunk: its text, read into entries, each checked. */
export const IndexChunk = z
  .string()
  .transform((text, ctx) => {
    const entries = readChunkText(text);
    if (entries) return entries;
    ctx.addIssue({ code: 'custom', message: 'not an index chunk' });
    return z.NEVER;
  })
  .pipe(IndexEntries);
export const INDEX_VERSION = 2;
export const IndexHead = z.object({ v: z.literal(INDEX_VERSION), n: z.number().int().min(0) });

/** Which chunk an id lives in (FNV-1a over its UTF-16 code units): the same in every version. */
export function chunkOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % INDEX_CHUNKS;
}

/** The index entry of a stored record. */
export function entryOf(r: CompactRecord): IndexEntry {
  const code = (r.st ?? 0) * 2 + (r.t !== undefined && /\S/.test(r.t) ? 1 : 0);
  const entry: IndexEntry = [r.i, r.k, r.s, code, r.sc ?? null, r.f ?? null];
  if (r.q) {
    const q: IndexConversation = [r.q.s ?? 0, r.q.r];
    if (r.q.f !== undefined) q.push(r.q.f);
    entry.push(q);
  } else {
    while (entry.length > 4 && entry[entry.length - 1] === null) entry.pop();
  }
  return entry;
}

/** What the queries read of an invitation, from its index entry (invitation-facts.ts). */
export interface StartRecord {
  i: string;
  k: string;
  s: number;
  st?: number;
  sc?: number;
  f?: number;
  q?: CompactConversationRecord;
  /** Whether a note was written (the full record's `t` is not in the index). */
  note: boolean;
}

export function startRecordOf(e: IndexEntry): StartRecord {
  const record: StartRecord = { i: e[0], k: e[1], s: e[2], note: e[3] % 2 === 1 };
  const st = Math.floor(e[3] / 2);
  if (st !== 0) record.st = st;
  if (e[4] != null) record.sc = e[4];
  if (e[5] != null) record.f = e[5];
  const q = e[6];
  if (q) {
    record.q = { r: q[1] };
    if (q[0] !== 0) record.q.s = q[0];
    if (q[2] !== undefined) record.q.f = q[2];
  }
  return record;
}

const int = (value: unknown, max: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
const optMs = (value: unknown) => value === undefined || value === null || int(value, MAX_MS);
const str = (value: unknown, max: number): value is string => typeof value === 'string' && value.length >= 1 && value.length <= max;

/** Whether zod would accept the entry, without building anything (a unit test holds the two together). */
export function isEntry(raw: unknown): raw is IndexEntry {
  if (!Array.isArray(raw) || raw.length < 4 || raw.length > 7) return false;
  const [i, k, s, code, sc, f, q] = raw as unknown[];
  if (!str(i, 64) || !str(k, 200) || !int(s, MAX_MS) || !int(code, maxCode) || !optMs(sc) || !optMs(f)) return false;
  if (q === undefined) return true;
  if (!Array.isArray(q) || q.length < 2 || q.length > 3) return false;
  return int(q[0], conversationStages.length - 1) && int(q[1], MAX_MS) && (q[2] === undefined || int(q[2], MAX_MS));
}

/**
 * The stored index as entries, or null when it is missing, unreadable (zod has the last word) or
 * does not add up: an entry in the wrong chunk, an id twice, a count that differs from the head.
 */
export function readIndex(items: Record<string, unknown>): IndexEntry[] | null {
  const head = IndexHead.safeParse(items[INDEX_HEAD_KEY]);
  if (!head.success) return null;
  const entries: IndexEntry[] = [];
  for (let n = 0; n < INDEX_CHUNKS; n += 1) {
    const raw = items[indexChunkKey(n)];
    let chunk = readChunkText(raw);
    if (!chunk?.every(isEntry)) {
      const parsed = IndexChunk.safeParse(raw);
      if (!parsed.success) return null;
      chunk = parsed.data as IndexEntry[];
    }
    const ids = new Set<string>();
    for (const entry of chunk) {
      if (chunkOf(entry[0]) !== n || ids.has(entry[0])) return null;
      ids.add(entry[0]);
      entries.push(entry);
    }
  }
  return entries.length === head.data.n ? entries : null;
}
