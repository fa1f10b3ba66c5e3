// The note coach: short, explainable hints for a connection note, run on every keystroke.
// Pure and fast (no DOM, regular expressions built once), so the composer can call it freely.
import { countNote } from '../count';
import type { Template } from '../schemas';
import type { NoteContext } from '../template/variables';
import { normalizeForMatching } from './match';
import { coachRequest, isRequestKind } from './request';
import { rules, type Hint } from './rules';

export type { Hint, HintId, HintSeverity } from './rules';
export {
  checklistParts, coachRequest, isRequestKind, requestChecklist, type ChecklistItem, type RequestCoachOptions, type RequestKind,
  type RequestPart,
} from './request';

export interface CoachOptions {
  /** LinkedIn's note limit for this account (200 free, 300 Premium). */
  limit: number;
  /** What the page says about the person, to check the note uses it. */
  context: NoteContext;
  /**
   * 'follow-up' skips advice that only fits a first invitation; default 'invitation'. The
   * conversation kinds are messages, not notes: they get the request coach, held to LinkedIn's
   * message limit (a note limit passed here does not apply to them).
   */
  kind?: Template['kind'];
}

const ready: Hint = { id: 'ready', severity: 'ok', message: 'Personal, specific and within the limit: good to send.' };

/**
 * Hints for `text`, most important first: warnings for clear problems, tips for ways to make
 * the note more personal, or one 'ok' hint when nothing needs attention. An empty note gets none.
 */
export function coachNote(text: string, opts: CoachOptions): Hint[] {
  if (!text.trim()) return [];
  const kind = opts.kind ?? 'invitation';
  if (isRequestKind(kind)) return coachRequest(text, { context: opts.context, kind });
  const note = { text, normalized: normalizeForMatching(text), length: countNote(text), limit: opts.limit, context: opts.context, kind };
  const hints: Hint[] = [];
  for (const rule of rules) {
    const found = rule(note);
    if (found) hints.push(found);
  }
  return hints.length ? hints : [ready];
}
