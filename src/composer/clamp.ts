// Long values (a 10,000-character headline in a template, a long template name) must not grow
// the composer past the screen and push Insert out of sight. The composer shows a clamped start
// and gives the whole text on demand; the text Insert puts in LinkedIn's box is never clamped.

/** A note longer than this is no note LinkedIn takes (300 at most): clamp its preview. */
export const PREVIEW_CLAMP = 320;
/** A template's name in the chooser. */
export const NAME_CLAMP = 60;

/** The first `max` characters (never splitting a surrogate pair), with "…" when cut. */
export function clampText(text: string, max: number): { shown: string; clamped: boolean } {
  if (text.length <= max) return { shown: text, clamped: false };
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // a high surrogate: keep its pair together
  return { shown: `${text.slice(0, end).trimEnd()}…`, clamped: true };
}
