// The coach's verdict as two numbers, for scoring thousands of sent notes at once (Insights): how
// many warnings and how many tips coachNote() gives a note, worked out without writing a single
// hint. The same rules on the same facts, rule by rule in rules.ts's order, but every word list
// is looked for in one scan of the note (phrase-scan.ts) instead of one RegExp per list. A rule
// changed there must change here: tests/unit/core/coach/tally.test.ts holds both equal.
import { countNote } from '../count';
import { contextValue } from '../template/variables';
import type { CoachOptions } from './index';
import { mentions, normalizeForMatching } from './match';
import { phraseScanner } from './phrase-scan';
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
const scanner = phraseScanner([
  reasonPhrases, commonGroundPhrases, conversationPhrases, jobAskPhrases, pitchPhrases, defaultInvitationLines, genericPhrases, secondPersonWords,
]);

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
  const found = scanner.scan(normalized);
  const has = (list: number) => (found & list) !== 0;
  const mentioned = (value: string) => mentions(normalized, value);

  if (findPlaceholder(text) !== undefined) tally.warnings++;
  if (countNote(text) > opts.limit) tally.warnings++;
  if (has(JOB_ASK)) tally.warnings++;
  if (has(PITCH)) tally.warnings++;
  if (has(DEFAULT_LINE)) tally.warnings++;
  else if (has(GENERIC)) tally.tips++;
  if (!has(REASON)) tally.tips++;

  const names = [contextValue(context, 'firstName'), contextValue(context, 'lastName'), contextValue(context, 'fullName')].filter(Boolean);
  if (names.length > 0 && !names.some(mentioned)) tally.tips++;
  const theirFacts = [contextValue(context, 'company'), contextValue(context, 'headline'), contextValue(context, 'school')];
  if (!has(SECOND_PERSON) && !theirFacts.some(mentioned)) tally.tips++;

  if (opts.kind !== 'follow-up') {
    const shared = [contextValue(context, 'sharedSchool'), contextValue(context, 'sharedCompany'), contextValue(context, 'newRole')];
    if (shared.some(Boolean)) {
      // The talking-point rule; the common-ground rule leaves a named one to it.
      if (!shared.some(mentioned) && !congratulation.test(normalized)) tally.tips++;
    } else if (!has(COMMON_GROUND) && !mentioned(contextValue(context, 'mutualName'))) {
      tally.tips++;
    }
  }
  if (!text.includes('?') && !has(CONVERSATION)) tally.tips++;
  return tally;
}
