// What Chromium's <textarea maxlength> keeps of a paste, as a model the tests check the browser
// against (tests/e2e/count.test.ts) and that the property tests explore.
import { normalizeLineBreaks } from '../src/core/count';

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
