// Small text helpers shared by the readers. No DOM queries here, only strings and single nodes.
import { collapse, stripDecorativeEmoji } from '../core/text';

export { collapse, stripDecorativeEmoji };

/** An element's text with runs of whitespace collapsed and the ends trimmed; '' for null. */
export function cleanText(node: Node | null | undefined): string {
  return collapse(node?.textContent ?? '');
}

/** cleanText, or null when empty — the shape every reader field uses. */
export function textOrNull(node: Node | null | undefined): string | null {
  const text = cleanText(node);
  return text.length > 0 ? text : null;
}

// LinkedIn double-escaped an apostrophe in one 2022 menu ("Callum O&#39;Ferrall"); labels read as
// text keep such entities literally, so decode the handful that occur before comparing names.
const ENTITIES: Record<string, string> = { '&#39;': "'", '&#x27;': "'", '&apos;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>' };

export function decodeEntities(text: string): string {
  return text.replace(/&(?:#39|#x27|apos|quot|amp|lt|gt);/g, (e) => ENTITIES[e] ?? e);
}

// Every character the emoji rule removes (core/text.ts DECORATIVE) is ©, ® or at U+2000 and up
// (astral ones as surrogates): a name without such a character skips that Unicode-property
// expression, whose first use on a page costs more than the rest of a cold read of the name.
const MAY_HOLD_EMOJI = /[\u00a9\u00ae\u2000-\uffff]/;

/** A person's name as read from a label or heading: entities decoded, emoji dropped, trimmed. */
export function cleanName(text: string | null | undefined): string | null {
  if (!text) return null;
  const decoded = text.includes('&') ? decodeEntities(text) : text;
  const name = MAY_HOLD_EMOJI.test(decoded) ? stripDecorativeEmoji(decoded) : collapse(decoded);
  return name.length > 0 ? name : null;
}

/** The first integer in a text ("5 personalized invitations…" → 5), or null. */
export function firstInteger(text: string | null | undefined): number | null {
  const m = /(\d[\d,.\u00a0\u202f]*)/.exec(text ?? '');
  if (!m?.[1]) return null;
  const digits = m[1].replace(/[^\d]/g, '');
  return digits.length > 0 && digits.length < 10 ? Number(digits) : null;
}
