// The request coach's rules: what a good request for a short conversation has (the five parts) and
// what spoils one (pressure, length, a job ask, homework). Like the note coach these are heuristics
// over word lists (words.ts), so a missing part is a tip and only clear problems are warnings.
import { contextValue, type NoteContext } from '../../template/variables';
import type { NoteLanguage } from '../../talking-points/types';
import { findPhrase, mentions, phraseMatcher } from '../match';
import { findPlaceholder, type Hint, type HintId, type HintSeverity } from '../rules';
import { jobAskPhrases } from '../words';
import { requestWords, type RequestPart, type RequestWords } from './messages';
import {
  askPhrases, attachmentPhrases, backgroundPhrases, connectionPhrases, demandingPhrases, germanJobAskPhrases, graciousPhrases,
  interestPhrases, linkPattern, reasonPhrases, referBackPhrases, timeBoxPattern, whenHowPhrases,
} from './words';

export type RequestKind = 'conversation' | 'conversation-follow-up';

/** Words a request may run to before it is too long to read on a phone; a follow-up should be shorter still. */
export const REQUEST_WORD_BUDGET: Record<RequestKind, number> = { conversation: 150, 'conversation-follow-up': 100 };

export interface RequestFacts {
  text: string;
  normalized: string;
  words: number;
  length: number;
  limit: number;
  context: NoteContext;
  kind: RequestKind;
  language: NoteLanguage;
  present: Record<RequestPart, boolean>;
}

export type RequestRule = (message: RequestFacts, say: RequestWords) => Hint | null;

const matchers = {
  reason: phraseMatcher(reasonPhrases),
  interest: phraseMatcher(interestPhrases),
  background: phraseMatcher(backgroundPhrases),
  connection: phraseMatcher(connectionPhrases),
  ask: phraseMatcher(askPhrases),
  whenHow: phraseMatcher(whenHowPhrases),
  gracious: phraseMatcher(graciousPhrases),
  demanding: phraseMatcher(demandingPhrases),
  jobAsk: phraseMatcher([...jobAskPhrases, ...germanJobAskPhrases]),
  attachment: phraseMatcher(attachmentPhrases),
  referBack: phraseMatcher(referBackPhrases),
};

const has = (normalized: string, matcher: RegExp) => findPhrase(normalized, matcher) !== undefined;
const hint = (id: HintId, severity: HintSeverity, message: string): Hint => ({ id, severity, message });

/** What the ask consists of: something to say yes to, how long, and when/how. */
export function askParts(normalized: string) {
  return { thing: has(normalized, matchers.ask), timeBox: timeBoxPattern.test(normalized), whenHow: has(normalized, matchers.whenHow) };
}

/** Whether each part is in the message; the person's own facts count as evidence too. */
export function partsPresent(normalized: string, context: NoteContext): Record<RequestPart, boolean> {
  const said = (name: Parameters<typeof contextValue>[1]) => mentions(normalized, contextValue(context, name));
  const ask = askParts(normalized);
  return {
    reason: has(normalized, matchers.reason),
    interest: has(normalized, matchers.interest) || said('myInterest'),
    background: has(normalized, matchers.background) || said('company') || said('newRole'),
    connection: has(normalized, matchers.connection) || said('mutualName') || said('sharedSchool') || said('sharedCompany'),
    // A time box is itself an ask for time; what for (a call, a coffee) may go unsaid.
    ask: ask.timeBox && ask.whenHow,
    'refer-back': has(normalized, matchers.referBack),
  };
}

export const countWords = (text: string): number => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

const placeholderRule: RequestRule = ({ text }, say) => {
  const found = findPlaceholder(text);
  return found ? hint('placeholder', 'warn', say.placeholder(found)) : null;
};

const limitRule: RequestRule = ({ length, limit }, say) =>
  length > limit ? hint('over-limit', 'warn', say.overLimit(length - limit, limit)) : null;

const jobAskRule: RequestRule = ({ normalized }, say) => {
  const found = findPhrase(normalized, matchers.jobAsk);
  return found ? hint('request-job-ask', 'warn', say.jobAsk(found)) : null;
};

const linkDumpRule: RequestRule = ({ text }, say) => {
  const links = text.match(linkPattern)?.length ?? 0;
  return links > 1 ? hint('request-link-dump', 'warn', say.linkDump(links)) : null;
};

const attachmentRule: RequestRule = ({ normalized }, say) => {
  const found = findPhrase(normalized, matchers.attachment);
  return found ? hint('request-attachment', 'warn', say.attachment(found)) : null;
};

const demandingRule: RequestRule = ({ normalized }, say) => {
  const found = findPhrase(normalized, matchers.demanding);
  return found ? hint('request-demanding', 'warn', say.demanding(found)) : null;
};

const lengthRule: RequestRule = ({ words, kind }, say) => {
  const budget = REQUEST_WORD_BUDGET[kind];
  return words > budget ? hint('request-too-long', 'warn', say.tooLong(words, budget)) : null;
};

const nameRule: RequestRule = ({ normalized, context }, say) => {
  const first = contextValue(context, 'firstName');
  const names = [first, contextValue(context, 'lastName'), contextValue(context, 'fullName')].filter(Boolean);
  if (!first || names.some((n) => mentions(normalized, n))) return null;
  return hint('request-name', 'tip', say.name(first));
};

/** A missing part of the first request (a follow-up need not repeat them: it points back instead). */
const partRule = (part: 'reason' | 'interest' | 'background', id: HintId): RequestRule => ({ kind, present }, say) =>
  kind === 'conversation' && !present[part] ? hint(id, 'tip', say[part]) : null;

const connectionRule: RequestRule = ({ kind, present, context }, say) => {
  if (kind !== 'conversation' || present.connection) return null;
  return hint('request-connection', 'tip', say.connection({
    school: contextValue(context, 'sharedSchool') || undefined,
    company: contextValue(context, 'sharedCompany') || undefined,
    mutual: contextValue(context, 'mutualName') || undefined,
  }));
};

const referBackRule: RequestRule = ({ kind, present }, say) =>
  kind === 'conversation-follow-up' && !present['refer-back'] ? hint('request-refer-back', 'tip', say.referBack) : null;

const askRule: RequestRule = ({ normalized }, say) => {
  const ask = askParts(normalized);
  if (!ask.thing && !ask.timeBox) return hint('request-ask', 'tip', say.ask);
  if (!ask.timeBox) return hint('request-time-box', 'tip', say.timeBox);
  return ask.whenHow ? null : hint('request-when-how', 'tip', say.whenHow);
};

/** Only when nothing demanding was found: that has its own, stronger hint. */
const graciousRule: RequestRule = ({ normalized }, say) =>
  has(normalized, matchers.gracious) || has(normalized, matchers.demanding) ? null : hint('request-gracious', 'tip', say.gracious);

/** In the order hints are shown: what spoils a request first, then what would make it better. */
const requestRules: readonly RequestRule[] = [
  placeholderRule, limitRule, jobAskRule, linkDumpRule, attachmentRule, demandingRule, lengthRule,
  nameRule, referBackRule, partRule('reason', 'request-reason'), partRule('interest', 'request-interest'),
  partRule('background', 'request-background'), connectionRule, askRule, graciousRule,
];

export function runRequestRules(message: RequestFacts): Hint[] {
  const say = requestWords[message.language];
  const hints: Hint[] = [];
  for (const rule of requestRules) {
    const found = rule(message, say);
    if (found) hints.push(found);
  }
  return hints;
}
