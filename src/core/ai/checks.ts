// Whether a candidate note keeps what the person's note had to keep — their name, the talking
// point, the question — and fits the limit, counted by Rapport's own counter. When a model
// overshoots even after being asked again, the note is trimmed by rule: whole sentences that
// carry none of the required parts go, longest first. A note that still does not fit is
// rejected rather than cut mid-sentence.
import { countNote } from '../count';
import { mentions, normalizeForMatching } from '../coach/match';
import type { AiRequest } from './request';

export interface Required {
  name?: string;
  point?: string;
  question: boolean;
}

export type MissingPart = 'missing-name' | 'missing-point' | 'missing-question';

export function requiredParts(request: AiRequest): Required {
  const required: Required = { question: request.action === 'draft' || request.note.includes('?') };
  const name = request.facts.firstName ?? request.facts.fullName;
  // Shortening and weaving keep a name the note had; a draft always addresses the person.
  if (name && (request.action === 'draft' || mentions(normalizeForMatching(request.note), name))) required.name = name;
  const point = pointInPlay(request);
  if (point) required.point = point;
  return required;
}

/**
 * The talking point this request works with: Weave in and Draft use it; Shorten keeps it only when
 * the note already says it (the composer passes its best point to every action, and shortening
 * must neither demand nor add a point the person did not write).
 */
export function pointInPlay(request: AiRequest): string | undefined {
  const point = request.point?.trim();
  if (!point) return undefined;
  return request.action !== 'shorten' || keepsPoint(request.note, point) ? point : undefined;
}

const SMALL_WORDS = new Set(['about', 'after', 'again', 'also', 'because', 'been', 'both', 'from', 'have', 'into', 'just', 'like',
  'more', 'most', 'over', 'same', 'some', 'such', 'than', 'that', 'their', 'them', 'then', 'there', 'these', 'they', 'this',
  'very', 'were', 'what', 'when', 'where', 'which', 'while', 'with', 'your', 'yours', 'ihre', 'eine', 'einen', 'und', 'oder', 'para', 'como']);

/** The words of a talking point that say what it is about. */
export function pointWords(point: string): string[] {
  return [...new Set(normalizeForMatching(point).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !SMALL_WORDS.has(w)))];
}

/** The point is kept when at least half of its telling words are in the note (a stem is enough). */
export function keepsPoint(text: string, point: string): boolean {
  const words = pointWords(point);
  if (words.length === 0) return normalizeForMatching(text).includes(normalizeForMatching(point).trim());
  const note = normalizeForMatching(text);
  const found = words.filter((w) => note.includes(w.length > 5 ? w.slice(0, w.length - 2) : w)).length;
  return found * 2 >= words.length;
}

export function missingPart(text: string, required: Required): MissingPart | null {
  if (required.name && !mentions(normalizeForMatching(text), required.name)) return 'missing-name';
  if (required.point && !keepsPoint(text, required.point)) return 'missing-point';
  if (required.question && !text.includes('?')) return 'missing-question';
  return null;
}

const SENTENCE = /[^.!?…]+(?:[.!?…]+|$)\s*/gu;

function carriesRequired(sentence: string, required: Required): boolean {
  if (required.question && sentence.includes('?')) return true;
  if (required.name && mentions(normalizeForMatching(sentence), required.name)) return true;
  return !!required.point && pointWords(required.point).some((w) => normalizeForMatching(sentence).includes(w));
}

/** `text` made to fit `limit` by dropping whole sentences that carry nothing required; null when it cannot. */
export function trimToFit(text: string, limit: number, required: Required): string | null {
  if (countNote(text) <= limit) return text;
  const sentences = text.match(SENTENCE)?.map((s) => s) ?? [text];
  const kept = [...sentences];
  const join = () => kept.join('').replace(/[ \t]{2,}/g, ' ').trim();
  while (countNote(join()) > limit) {
    const removable = kept
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => !carriesRequired(s, required))
      .sort((a, b) => b.s.length - a.s.length);
    const longest = removable[0];
    if (!longest || kept.length <= 1) return null;
    kept.splice(longest.i, 1);
  }
  const result = join();
  return result && missingPart(result, required) === null ? result : null;
}
