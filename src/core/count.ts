// Counts a note the way LinkedIn's note box does. The box is a <textarea>: its value holds
// UTF-16 code units and every line break is a single "\n" (pasted "\r\n" or "\r" become "\n"),
// and `maxlength` and LinkedIn's "N/200" counter both measure that value's length. So an emoji
// outside the Basic Multilingual Plane counts 2, a ZWJ family counts every part, and an accent
// typed as a combining mark counts 1 on its own. Checked in Chromium by tests/e2e/count.test.ts.

/** The note as the box would hold it: "\r\n" and lone "\r" become "\n". */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Characters the note uses against LinkedIn's limit. */
export function countNote(text: string): number {
  let count = text.length;
  // Only "\r\n" changes the length when normalized ("\r" alone becomes one "\n").
  for (let at = text.indexOf('\r\n'); at >= 0; at = text.indexOf('\r\n', at + 2)) count--;
  return count;
}

export function fitsLimit(text: string, limit: number): boolean {
  return countNote(text) <= limit;
}

/**
 * The longest start of the note that fits `limit`, cut where the box would cut a paste: after
 * whole code points (an emoji's two halves stay together) but possibly inside a grapheme, as
 * Chromium does. Line breaks are normalized.
 */
export function truncateToLimit(text: string, limit: number): string {
  const note = normalizeLineBreaks(text);
  if (note.length <= limit) return note;
  const end = Math.max(0, limit);
  const code = note.charCodeAt(end - 1);
  // Don't keep the first half of a surrogate pair without its second half.
  return note.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}
