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

export const FREE_NOTE_LIMIT = 200;
export const PREMIUM_NOTE_LIMIT = 300;

/**
 * LinkedIn's limit for an ordinary message (not a note, not InMail). LinkedIn publishes none:
 * LINKEDIN.md §14 found 3,000 characters in third-party sources and no source for the 8,000 often
 * repeated, and no `maxlength` on the message box. We hold messages to the sourced 3,000; a
 * request worth sending is far shorter anyway (the request coach warns past 150 words).
 */
export const MESSAGE_LIMIT = 3000;

/**
 * The limit a note is held to: the one the settings force (the person knows their account), else
 * the one LinkedIn's dialog shows, else the free one, which a note that fits always fits.
 */
export function noteLimitFor(setting: '200' | '300' | 'auto', dialogLimit: number | null = null): number {
  if (setting === '200') return FREE_NOTE_LIMIT;
  if (setting === '300') return PREMIUM_NOTE_LIMIT;
  return dialogLimit ?? FREE_NOTE_LIMIT;
}
