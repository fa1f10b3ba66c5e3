// The stored invitation's compact form checked without zod, for the worker's start: 10,000
// records through zod take ~100 ms, this takes a few. It accepts only what the zod schema in
// invitation-record.ts accepts (a property test holds the two together); anything it does not
// accept goes through zod, which has the last word and says why.
// A v4 record is stored without its id (its key `i:<id>` names it) and is given `i` from the key
// when read; `c` is either the company or, when the headline ends with it, its length there.
import { conversationStages, invitationSources, invitationStatuses } from '../../core/schemas';

export interface CompactConversationRecord { s?: number; r: number; f?: number; c?: number; m?: string; p?: string }

export interface CompactRecord {
  /** The id: from the record's key (v4), or as stored in a record migrated from v1..v3. */
  v: 4; i: string; k: string; n: string; y?: string; c?: string | number; h?: string; t?: string; m?: string;
  s: number; st?: number; f?: number; sc?: number; o?: number; q?: CompactConversationRecord; g?: string;
}

const MAX_MS = 8.64e15;
const str = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;
const int = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
const optStr = (value: unknown, max: number) => value === undefined || str(value, 0, max);
const optInt = (value: unknown, max: number) => value === undefined || int(value, max);
/** The company: text, or how many of the headline's last characters it is (at least one). */
const company = (c: unknown, h: unknown) => optStr(c, 200) || (int(c, 200) && c > 0 && typeof h === 'string' && h.length >= c);

/**
 * Whether the record is one zod accepts, without building anything: the worker's start keeps the
 * record as read (unknown keys are never read by anything, so they need not be stripped). The
 * id `i` is checked when present (a migrated record's); a stored v4 record has none.
 */
export function isCompact(raw: Record<string, unknown>): raw is Record<string, unknown> & Omit<CompactRecord, 'i'> {
  const { v, i, k, n, y, c, h, t, m, s, st, f, sc, o, q, g } = raw;
  if (v !== 4 || (i !== undefined && !str(i, 1, 64)) || !str(k, 1, 200) || !str(n, 0, 200) || !int(s, MAX_MS)) return false;
  if (!optStr(y, 200) || !company(c, h) || !optStr(h, 400) || !optStr(t, 2000) || !optStr(m, 64) || !optStr(g, 200)) return false;
  if (!optInt(st, invitationStatuses.length - 1) || !optInt(f, MAX_MS) || !optInt(sc, MAX_MS) || !optInt(o, invitationSources.length - 1)) return false;
  return q === undefined || isConversation(q);
}

/** The record in the shape zod would return (unknown keys left out), or null to ask zod. */
export function checkCompact(raw: Record<string, unknown>): CompactRecord | null {
  if (!isCompact(raw) || !str(raw.i, 1, 64)) return null;
  const { v, i, k, n, y, c, h, t, m, s, st, f, sc, o, q, g } = raw;
  const record: CompactRecord = { v, i: i as string, k, n, s };
  if (y !== undefined) record.y = y;
  if (c !== undefined) record.c = c;
  if (h !== undefined) record.h = h;
  if (t !== undefined) record.t = t;
  if (m !== undefined) record.m = m;
  if (st !== undefined) record.st = st;
  if (f !== undefined) record.f = f;
  if (sc !== undefined) record.sc = sc;
  if (o !== undefined) record.o = o;
  if (g !== undefined) record.g = g;
  if (q) record.q = checkConversation(q);
  return record;
}

function isConversation(raw: unknown): raw is CompactConversationRecord {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const { s, r, f, c, m, p } = raw as Record<string, unknown>;
  return int(r, MAX_MS) && optInt(s, conversationStages.length - 1) && optInt(f, MAX_MS) && optInt(c, MAX_MS) && optStr(m, 64) && optStr(p, 64);
}

function checkConversation(q: CompactConversationRecord): CompactConversationRecord {
  const { s, r, f, c, m, p } = q;
  const record: CompactConversationRecord = { r };
  if (s !== undefined) record.s = s;
  if (f !== undefined) record.f = f;
  if (c !== undefined) record.c = c;
  if (m !== undefined) record.m = m;
  if (p !== undefined) record.p = p;
  return record;
}
