// Whether a filled template still says something. A sentence whose fact is missing is dropped
// (render.ts), which is right for one sentence and wrong when most of a note goes: "Hi Lucía,"
// is no note. The measure: how much of the text the template would have with every fact
// present survives with the facts at hand, and whether what is left is longer than a greeting.
import { countNote } from '../count';
import { renderTemplate, type RenderResult } from './render';
import type { NoteContext, VariableName } from './variables';

/** Below this many characters a note says about as much as no note: Insert asks first. */
export const SHORT_NOTE_CHARS = 40;
/** A template that keeps less than this share of its text has lost its substance. */
export const MIN_KEPT_SHARE = 0.6;
// Stands in for a missing fact when measuring what the template would say with it.
const STAND_IN = 'Xxxxxxxx';

export const isShortNote = (text: string): boolean => text.trim() !== '' && countNote(text.trim()) < SHORT_NOTE_CHARS;

export interface Substance {
  rendered: RenderResult;
  /** Share (0–1) of the fully filled template's length that these facts keep. */
  kept: number;
  /** For lack of facts most of the note went, or what is left is too short to be a note. */
  thin: boolean;
}

export function substanceOf(body: string, context: NoteContext, rendered: RenderResult = renderTemplate(body, context)): Substance {
  let kept = 1;
  if (rendered.missing.length > 0) {
    const filled: NoteContext = { ...context };
    for (const name of rendered.missing) setStandIn(filled, name);
    const full = countNote(renderTemplate(body, filled).text);
    kept = full > 0 ? Math.min(1, countNote(rendered.text) / full) : 1;
  }
  // Only what the facts took away counts: a template that is short when complete is the person's choice.
  const lost = rendered.missing.length > 0 && (kept < MIN_KEPT_SHARE || isShortNote(rendered.text) || rendered.text.trim() === '');
  return { rendered, kept, thin: lost };
}

function setStandIn(context: NoteContext, name: VariableName): void {
  if (name === 'mutualCount') context.mutualCount = 3;
  else context[name] = STAND_IN;
}
