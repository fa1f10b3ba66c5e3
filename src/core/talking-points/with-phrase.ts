// A talking point's phrase put into a note at the cursor: a space on either side where needed,
// and a capital at the start of a sentence (composer and side panel).

/** `text` with `phrase` in place of [start, end), spaced and capitalised to fit there. */
export function withPhrase(text: string, start: number, end: number, phrase: string): { text: string; caret: number } {
  const before = text.slice(0, Math.max(0, Math.min(start, text.length)));
  const after = text.slice(Math.max(start, Math.min(end, text.length)));
  const sentenceStart = /(?:^|[.!?]\s*|\n\s*)$/.test(before);
  let piece = sentenceStart ? phrase.charAt(0).toLocaleUpperCase() + phrase.slice(1) : phrase;
  if (before && !/\s$/.test(before)) piece = ` ${piece}`;
  if (after && !/^[\s.,;:!?)]/.test(after)) piece = `${piece} `;
  return { text: before + piece + after, caret: before.length + piece.length };
}
