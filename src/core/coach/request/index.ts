// The request coach: hints for the message that asks a new connection for a short conversation
// (kind 'conversation') and for the one follow-up on it ('conversation-follow-up'), in the language
// the message is written in, and a checklist of the parts a good request has. Pure and fast like
// the note coach, so a composer can run it on every keystroke.
import { countNote, MESSAGE_LIMIT } from '../../count';
import { textLanguage } from '../../talking-points/text-language';
import type { NoteContext } from '../../template/variables';
import { normalizeForMatching } from '../match';
import type { Hint } from '../rules';
import { requestWords, type RequestPart } from './messages';
import { countWords, partsPresent, runRequestRules, type RequestFacts, type RequestKind } from './rules';

export type { RequestPart } from './messages';
export { REQUEST_WORD_BUDGET, countWords, type RequestKind } from './rules';

export interface RequestCoachOptions {
  context: NoteContext;
  /** Default 'conversation' (the request itself). */
  kind?: RequestKind;
  /** LinkedIn's message limit unless told otherwise (see MESSAGE_LIMIT). */
  limit?: number;
}

export interface ChecklistItem {
  part: RequestPart;
  present: boolean;
  /** The part's name and its state as words ("included" / "missing"), in the message's language. */
  label: string;
  state: string;
}

/** The parts a message of this kind is checked for, in the order a good request says them. */
export const checklistParts: Record<RequestKind, readonly RequestPart[]> = {
  conversation: ['reason', 'interest', 'background', 'connection', 'ask'],
  'conversation-follow-up': ['refer-back', 'ask'],
};

export const isRequestKind = (kind: string | undefined): kind is RequestKind =>
  kind === 'conversation' || kind === 'conversation-follow-up';

function facts(text: string, opts: RequestCoachOptions): RequestFacts {
  const normalized = normalizeForMatching(text);
  return {
    text, normalized, words: countWords(text), length: countNote(text), limit: opts.limit ?? MESSAGE_LIMIT,
    context: opts.context, kind: opts.kind ?? 'conversation', language: textLanguage(text),
    present: partsPresent(normalized, opts.context),
  };
}

/**
 * Hints for a request, most important first: warnings for what spoils it, tips for missing parts,
 * or one 'ok' hint when nothing needs attention. An empty message gets none.
 */
export function coachRequest(text: string, opts: RequestCoachOptions): Hint[] {
  if (!text.trim()) return [];
  const message = facts(text, opts);
  const hints = runRequestRules(message);
  return hints.length ? hints : [{ id: 'ready', severity: 'ok', message: requestWords[message.language].ready }];
}

/** Which parts the message has, for a small checklist; an empty message has none of them. */
export function requestChecklist(text: string, opts: RequestCoachOptions): ChecklistItem[] {
  const message = facts(text, opts);
  const say = requestWords[message.language];
  return checklistParts[message.kind].map((part) => {
    const present = text.trim() !== '' && message.present[part];
    return { part, present, label: say.part[part], state: present ? say.present : say.missing };
  });
}
