// The coach's verdict on each sent note, for "acceptance by coach score": the band follows from
// how many warnings and tips the note coach gives the note (with no length limit: a sent note
// fitted LinkedIn's box). Counted by the coach's tally (core/coach/tally.ts), which runs the same
// rules on the same facts without writing a hint, in one scan of the note for all its word lists:
// the coach itself takes ~25 µs a note, too slow for 10,000 invitations.
import type { Hint } from '../coach';
// Straight from tally.ts, not through the coach's index: the pages that only coach a note being
// written (the content script, the side panel) need not carry the scanner.
import { tallyNote, type HintTally } from '../coach/tally';
import type { NoteContext } from '../template/variables';

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

function bandOfTally({ warnings, tips }: HintTally): CoachBand {
  if (warnings > 0) return 'warning';
  return tips === 0 ? 'ready' : tips <= 2 ? 'some-tips' : 'many-tips';
}

/** The band of the coach's hints on a note (what bandOfTally() gives for their tally). */
export function bandOfHints(hints: readonly Hint[]): CoachBand {
  return bandOfTally({
    warnings: hints.filter((hint) => hint.severity === 'warn').length,
    tips: hints.filter((hint) => hint.severity === 'tip').length,
  });
}

/** What the coach knows about the person: the name, its first word, the company, the headline. */
export function contextOf(facts: CoachFacts): NoteContext {
  const name = facts.name.trim();
  // The first word (name.split(/\s+/)[0] without splitting the rest).
  const space = firstSpace(name);
  return { fullName: name, firstName: space < 0 ? name : name.slice(0, space), company: facts.company, headline: facts.headline };
}

/** name.search(/\s/), without a RegExp for the ASCII characters most names are made of. */
function firstSpace(name: string): number {
  for (let at = 0; at < name.length; at++) {
    const code = name.charCodeAt(at);
    if (code === 32 || (code >= 9 && code <= 13) || (code >= 128 && whitespace.test(name[at]!))) return at;
  }
  return -1;
}
const whitespace = /\s/;

/** The coach's verdict on the note as written, for the person it went to. */
export function coachBandOf(facts: CoachFacts): CoachBand {
  if (!facts.note.trim()) return 'no-note';
  return bandOfTally(tallyNote(facts.note, { limit: NO_LIMIT, context: contextOf(facts) }));
}
