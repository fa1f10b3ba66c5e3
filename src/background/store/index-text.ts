// How an index entry (invitation-index.ts) is stored: one line of text instead of a JSON array,
// so a typical entry costs ~38 bytes instead of ~49 (issue #19: bytes per invitation). Fields are
// separated by a space and entries by `|`; the id and profile key escape `%`, space and `|` as
// %25, %20 and %7C; numbers are written in base 36 (a time in 8 characters instead of 13).
// Lossless both ways: text → entry → text gives the same text, and only canonical text is read
// (anything else is not an index, and the start falls back to the full load).
import type { IndexConversation, IndexEntry } from './invitation-index';

const RESERVED = /[% |]/;
const ESCAPES: Record<string, string> = { '%': '%25', ' ': '%20', '|': '%7C' };
const UNESCAPES: Record<string, string> = { '%25': '%', '%20': ' ', '%7C': '|' };

const escape = (text: string) => (RESERVED.test(text) ? text.replace(/[% |]/g, (c) => ESCAPES[c]!) : text);

/** The text unescaped, or null when it holds a `%` that is not one of the three escapes. */
function unescape(text: string): string | null {
  if (!text.includes('%')) return text;
  if (/%(?!25|20|7C)/.test(text)) return null;
  return text.replace(/%(25|20|7C)/g, (c) => UNESCAPES[c]!);
}

const num = (value: number) => value.toString(36);

const CANONICAL = /^(?:0|[1-9a-z][0-9a-z]{0,10})$/;
/**
 * A non-negative integer in canonical base 36 (no sign, no leading zero, lower case), or null.
 * Up to 11 digits: parseInt is exact below 2^53, and anything above is out of range anyway.
 */
function readNum(text: string | undefined): number | null {
  return text !== undefined && CANONICAL.test(text) ? parseInt(text, 36) : null;
}

/** The entry as one line: id, key, sent, code[, status changed, followed up[, stage, requested[, followed up]]]. */
export function entryText(entry: IndexEntry): string {
  const [id, key, sent, code, changed, followed, q] = entry;
  let text = `${escape(id)} ${escape(key)} ${num(sent)} ${num(code)}`;
  if (entry.length > 4) text += ` ${changed == null ? '' : num(changed)}`;
  if (entry.length > 5) text += ` ${followed == null ? '' : num(followed)}`;
  if (q) text += ` ${num(q[0])} ${num(q[1])}${q.length > 2 ? ` ${num(q[2]!)}` : ''}`;
  return text;
}

/**
 * The entry a line holds, in the shape entryOf() gives (absent times in the middle are null,
 * trailing ones left out), or null when the line is not one entryText() writes. Ranges (id and
 * key lengths, the code, the stage) are checked after, with the entry (isEntry / zod).
 */
export function readEntryText(line: string): IndexEntry | null {
  const parts = line.split(' ');
  if (parts.length < 4 || parts.length > 9 || parts.length === 7) return null;
  const id = unescape(parts[0]!);
  const key = unescape(parts[1]!);
  const sent = readNum(parts[2]);
  const code = readNum(parts[3]);
  if (id === null || key === null || sent === null || code === null) return null;
  const entry: IndexEntry = [id, key, sent, code];
  for (const n of [4, 5]) {
    if (parts.length <= n) break;
    const time = parts[n] === '' ? null : readNum(parts[n]);
    // An empty field only stands for a missing time in the middle, never at the end.
    if (time === null && (parts[n] !== '' || parts.length === n + 1)) return null;
    entry.push(time);
  }
  if (parts.length < 8) return entry;
  const q: IndexConversation = [readNum(parts[6])!, readNum(parts[7])!];
  if (parts.length === 9) q.push(readNum(parts[8])!);
  if (q.some((value) => value === null)) return null;
  entry.push(q);
  return entry;
}

/** A stored chunk: its entries' lines, joined by `|` (an empty chunk is the empty string). */
export const chunkText = (lines: readonly string[]): string => lines.join('|');

/** The entries of a stored chunk, or null when it is not text or a line is not an entry. */
export function readChunkText(raw: unknown): IndexEntry[] | null {
  if (typeof raw !== 'string') return null;
  if (raw === '') return [];
  const entries: IndexEntry[] = [];
  for (const line of raw.split('|')) {
    const entry = readEntryText(line);
    if (!entry) return null;
    entries.push(entry);
  }
  return entries;
}
