// The coach's verdict on each sent note, for "acceptance by coach score". The coach takes ~25 µs
// a note, too slow for 10,000, and notes from one template differ only in the person's name and
// company. So those are swapped for stand-ins and the verdict is kept per resulting text: a
// template scores once. The swap is used only when it cannot change the verdict — the name and
// company share no word with a phrase of the coach's that the note holds, and every name or
// company the note mentions is still mentioned (by its stand-in) after the swap; otherwise the
// note is scored as written.
import { coachNote } from '../coach';
import { normalizeForMatching } from '../coach/match';
import * as words from '../coach/words';
import { contextValue, type NoteContext } from '../template/variables';

export const coachBands = ['ready', 'some-tips', 'many-tips', 'warning', 'no-note'] as const;
export type CoachBand = (typeof coachBands)[number];

export interface CoachFacts {
  note: string;
  name: string;
  company?: string | undefined;
  headline?: string | undefined;
}

/** A sent note already fitted LinkedIn's box; the length rule has nothing to say about it. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** Every phrase a coach rule looks for (normalized), by each of its words. */
const phrasesByWord = new Map<string, string[]>();
for (const phrase of [...Object.values(words).flat(), 'you', 'your', 'yours', 'yourself', 'xyz', 'xxx']) {
  const normalized = normalizeForMatching(phrase);
  for (const word of normalized.split(/[^\p{L}\p{N}]+/u)) {
    if (word) phrasesByWord.set(word, [...(phrasesByWord.get(word) ?? []), normalized]);
  }
}
/** Letters, digits and the punctuation names and companies carry; nothing a placeholder uses. */
const plainFact = /^[\p{L}\p{N}\p{M} .,'’&-]*$/u;

/**
 * True when swapping `value` out of the note cannot change what a rule finds: a phrase can only
 * appear or vanish across the swap if it holds one of the value's words and the note has it.
 */
function isInert(value: string, normalizedValue: string, normalizedNote: string): boolean {
  if (!plainFact.test(value)) return false;
  for (const word of normalizedValue.split(/[^\p{L}\p{N}]+/u)) {
    if (phrasesByWord.get(word)?.some((phrase) => normalizedNote.includes(phrase))) return false;
  }
  return true;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * normalizeForMatching(), with shortcuts: printable ASCII without a backtick or a double space
 * only needs lower-casing; with typographic apostrophes (’ ‘ ʼ, which have no accents to strip)
 * or backticks, those become ' too. Most names and notes are one of these, and this runs ~8
 * times a note; anything else (accents, other scripts, tabs) takes the full way.
 */
function normalize(text: string): string {
  if (/^[\x20-\x5f\x61-\x7e]*$/.test(text)) return text.includes('  ') ? normalizeForMatching(text) : text.toLowerCase();
  if (/^[\x20-\x7e’‘ʼ]*$/.test(text) && !text.includes('  ')) return text.toLowerCase().replace(/[’‘ʼ`]/g, "'");
  return normalizeForMatching(text);
}

/** mentions() of the coach, for a value already normalized. */
function mentionsNormalized(note: string, wanted: string): boolean {
  if (wanted.length < 2) return false;
  for (let at = note.indexOf(wanted); at >= 0; at = note.indexOf(wanted, at + 1)) {
    if (!letterOrDigit.test(note[at - 1] ?? ' ') && !letterOrDigit.test(note[at + wanted.length] ?? ' ')) return true;
  }
  return false;
}

/**
 * `text` with each whole-word, case-insensitive `value` replaced by `standIn`. A search by hand,
 * not a RegExp: compiling a Unicode, case-insensitive pattern per person costs milliseconds.
 */
function swap(text: string, value: string, standIn: string, onSwap: () => void): string {
  if (value.length < 2) return text;
  const lower = text.toLowerCase();
  const wanted = value.toLowerCase();
  // Lower-casing that changes a length ("İ") would misplace the cut; the check after the swap
  // then finds the mention missing and the note is scored as written.
  if (lower.length !== text.length || wanted.length !== value.length) return text;
  let out = '';
  let from = 0;
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    if (at < from) continue;
    const end = at + wanted.length;
    if (letterOrDigit.test(text[at - 1] ?? ' ') || letterOrDigit.test(text[end] ?? ' ')) continue;
    out += text.slice(from, at) + standIn;
    from = end;
    onSwap();
  }
  return out + text.slice(from);
}

export function bandOfHints(hints: ReturnType<typeof coachNote>): CoachBand {
  if (hints.some((hint) => hint.severity === 'warn')) return 'warning';
  const tips = hints.filter((hint) => hint.severity === 'tip').length;
  return tips === 0 ? 'ready' : tips <= 2 ? 'some-tips' : 'many-tips';
}

function score(note: string, context: NoteContext): CoachBand {
  return bandOfHints(coachNote(note, { limit: NO_LIMIT, context }));
}

/** What the coach knows about the person: the name, its first word, the company, the headline. */
export function contextOf(facts: CoachFacts): NoteContext {
  const name = facts.name.trim();
  // The first word (name.split(/\s+/)[0] without splitting the rest).
  const space = name.search(/\s/);
  return { fullName: name, firstName: space < 0 ? name : name.slice(0, space), company: facts.company, headline: facts.headline };
}

/** The coach's verdict, scoring each distinct note shape once per `memo`. */
export function coachBandOf(facts: CoachFacts, memo?: Map<string, CoachBand>): CoachBand {
  if (!facts.note.trim()) return 'no-note';
  const context = contextOf(facts);
  if (!memo) return score(facts.note, context);
  const full = contextValue(context, 'fullName');
  const first = contextValue(context, 'firstName');
  const company = contextValue(context, 'company');
  const headline = contextValue(context, 'headline');
  const normalized = normalize(facts.note);
  const wanted = { full: normalize(full).trim(), first: normalize(first).trim(), company: normalize(company).trim() };
  const asWritten = () => score(facts.note, context);
  // The headline only matters when the note quotes it: rare, and then the note is scored as written.
  // Brackets and underscores are what placeholders are made of: such notes too. And the stand-ins
  // must be new to the note, so that after the swap they appear exactly where a swap was.
  if (!isInert(full, wanted.full, normalized) || !isInert(first, wanted.first, normalized) || !isInert(company, wanted.company, normalized)
    || mentionsNormalized(normalized, normalize(headline).trim()) || /[[\]{}<>_]/.test(facts.note) || /alex|morgan|acme/.test(normalized)) {
    return asWritten();
  }
  const stand = { full: first === full ? 'Alex' : 'Alex Morgan', first: 'Alex', company: company ? 'Acme' : '' };
  const swapped = { full: false, first: false, company: false };
  let shape = swap(facts.note, full, stand.full, () => (swapped.full = true));
  if (first !== full) shape = swap(shape, first, stand.first, () => (swapped.first = true));
  shape = swap(shape, company, stand.company, () => (swapped.company = true));
  const mentioned = (value: string) => mentionsNormalized(normalized, value);
  if (mentioned(wanted.full) !== swapped.full || mentioned(wanted.first) !== (swapped.full || swapped.first) || mentioned(wanted.company) !== swapped.company) {
    return asWritten();
  }

  const key = `${full ? 'n' : '-'}${company ? 'c' : '-'}\u0000${shape}`;
  let band = memo.get(key);
  if (band === undefined) {
    band = score(shape, { fullName: full && stand.full, firstName: first && stand.first, company: stand.company || undefined });
    memo.set(key, band);
  }
  return band;
}
