// The stored invitation's compact form checked without zod, for the worker's start: 10,000
// records through zod take ~100 ms, this takes a few. It accepts only what the zod schema in
// invitation-record.ts accepts (a property test holds the two together); anything it does not
// accept goes through zod, which has the last word and says why.
import { conversationStages, invitationSources, invitationStatuses } from '../../core/schemas';

export interface CompactConversationRecord { s?: number; r: number; f?: number; c?: number; m?: string; p?: string }

export interface CompactRecord {
  v: 3; i: string; k: string; n: string; y?: string; c?: string; h?: string; t?: string; m?: string;
  s: number; st?: number; f?: number; sc?: number; o?: number; q?: CompactConversationRecord;
}

const MAX_MS = 8.64e15;
const str = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;
const int = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
const optStr = (value: unknown, max: number) => value === undefined || str(value, 0, max);
const optInt = (value: unknown, max: number) => value === undefined || int(value, max);

/** The record in the shape zod would return (unknown keys left out), or null to ask zod. */
export function checkCompact(raw: Record<string, unknown>): CompactRecord | null {
  const { v, i, k, n, y, c, h, t, m, s, st, f, sc, o, q } = raw;
  if (v !== 3 || !str(i, 1, 64) || !str(k, 1, 200) || !str(n, 0, 200) || !int(s, MAX_MS)) return null;
  if (!optStr(y, 200) || !optStr(c, 200) || !optStr(h, 400) || !optStr(t, 2000) || !optStr(m, 64)) return null;
  if (!optInt(st, invitationStatuses.length - 1) || !optInt(f, MAX_MS) || !optInt(sc, MAX_MS) || !optInt(o, invitationSources.length - 1)) return null;
  const conversation = q === undefined ? undefined : checkConversation(q);
  if (conversation === null) return null;
  const record: CompactRecord = { v, i, k, n, s };
  if (y !== undefined) record.y = y as string;
  if (c !== undefined) record.c = c as string;
  if (h !== undefined) record.h = h as string;
  if (t !== undefined) record.t = t as string;
  if (m !== undefined) record.m = m as string;
  if (st !== undefined) record.st = st as number;
  if (f !== undefined) record.f = f as number;
  if (sc !== undefined) record.sc = sc as number;
  if (o !== undefined) record.o = o as number;
  if (conversation) record.q = conversation;
  return record;
}

function checkConversation(raw: unknown): CompactConversationRecord | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const { s, r, f, c, m, p } = raw as Record<string, unknown>;
  if (!int(r, MAX_MS) || !optInt(s, conversationStages.length - 1) || !optInt(f, MAX_MS) || !optInt(c, MAX_MS) || !optStr(m, 64) || !optStr(p, 64)) return null;
  const record: CompactConversationRecord = { r };
  if (s !== undefined) record.s = s as number;
  if (f !== undefined) record.f = f as number;
  if (c !== undefined) record.c = c as number;
  if (m !== undefined) record.m = m as string;
  if (p !== undefined) record.p = p as string;
  return record;
}
