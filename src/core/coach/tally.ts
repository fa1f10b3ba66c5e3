// The coach's verdict as two numbers, for scoring thousands of sent notes at once (Insights): how
// many warnings and how many tips coachNote() gives a note, worked out without writing a single
// hint. The same rules on the same facts, rule by rule in rules.ts's order, but every word list
// is looked for in one scan of the note (phrase-scan.ts) instead of one RegExp per list. A rule
// changed there must change here: tests/unit/core/coach/tally.test.ts holds both equal.
import { countNote } from '../count';
import { contextValue, type NoteContext, type VariableName } from '../template/variables';
import type { CoachOptions } from './index';
import { mentions, normalizeForMatching } from './match';
import { phraseScanner, type PhraseScanner } from './phrase-scan';
import { congratulation, findPlaceholder, secondPersonWords } from './rules';
import {
  commonGroundPhrases, conversationPhrases, defaultInvitationLines, genericPhrases, jobAskPhrases, pitchPhrases, reasonPhrases,
} from './words';

export interface HintTally {
  /** Hints of severity 'warn'. */
  warnings: number;
  /** Hints of severity 'tip'. */
  tips: number;
}

/** Bits of the scan's answer, one per list. */
const REASON = 1 << 0, COMMON_GROUND = 1 << 1, CONVERSATION = 1 << 2, JOB_ASK = 1 << 3, PITCH = 1 << 4, DEFAULT_LINE = 1 << 5,
  GENERIC = 1 << 6, SECOND_PERSON = 1 << 7;
let built: PhraseScanner | null = null;
/** Built on first use: a page that imports the coach but never tallies pays nothing. */
const scanner = () => (built ??= phraseScanner([
  reasonPhrases, commonGroundPhrases, conversationPhrases, jobAskPhrases, pitchPhrases, defaultInvitationLines, genericPhrases, secondPersonWords,
]));

/**
 * How many warnings and tips coachNote(text, opts) gives: the note coach's (invitations and
 * follow-ups; the request coach's kinds are messages, not notes, and have no tally). An empty note
 * has neither, like a note good to send.
 */
export function tallyNote(text: string, opts: Omit<CoachOptions, 'kind'> & { kind?: 'invitation' | 'follow-up' }): HintTally {
  const tally: HintTally = { warnings: 0, tips: 0 };
  if (!text.trim()) return tally;
  const { context } = opts;
  const normalized = normalizeForMatching(text);
  const found = scanner().scan(normalized);

  if (findPlaceholder(text) !== undefined) tally.warnings++;
  if (countNote(text) > opts.limit) tally.warnings++;
  if (found & JOB_ASK) tally.warnings++;
  if (found & PITCH) tally.warnings++;
  if (found & DEFAULT_LINE) tally.warnings++;
  else if (found & GENERIC) tally.tips++;
  if (!(found & REASON)) tally.tips++;

  // Each field read by name (cheaper than contextValue's read by key), and cleaned only when there.
  const first = valueOf(context, context.firstName, 'firstName'), last = valueOf(context, context.lastName, 'lastName');
  const full = contextValue(context, 'fullName');
  if ((first || last || full) && !mentions(normalized, first) && !mentions(normalized, last) && !mentions(normalized, full)) tally.tips++;
  if (!(found & SECOND_PERSON) && !mentions(normalized, valueOf(context, context.company, 'company'))
    && !mentions(normalized, valueOf(context, context.headline, 'headline')) && !mentions(normalized, valueOf(context, context.school, 'school'))) {
    tally.tips++;
  }

  if (opts.kind !== 'follow-up') {
    const school = valueOf(context, context.sharedSchool, 'sharedSchool'), company = valueOf(context, context.sharedCompany, 'sharedCompany');
    const role = valueOf(context, context.newRole, 'newRole');
    if (school || company || role) {
      // The talking-point rule; the common-ground rule leaves a named one to it.
      if (!mentions(normalized, school) && !mentions(normalized, company) && !mentions(normalized, role) && !congratulation.test(normalized)) tally.tips++;
    } else if (!(found & COMMON_GROUND) && !mentions(normalized, valueOf(context, context.mutualName, 'mutualName'))) {
      tally.tips++;
    }
  }
  if (!text.includes('?') && !(found & CONVERSATION)) tally.tips++;
  return tally;
}

/** contextValue() of a field, given what the context holds there: '' when nothing (the full name, made of the others, aside). */
function valueOf(context: NoteContext, raw: string | undefined, name: Exclude<VariableName, 'fullName' | 'mutualCount'>): string {
  return raw === undefined ? '' : contextValue(context, name);
}
