// The coach's rules. Each looks at one thing the advice on connection notes agrees on and, when
// it fires, says in one sentence what to change and why. They are heuristics over English word
// lists (words.ts), so a rule that misses is a tip, and only clear problems are warnings.
import { contextValue, type NoteContext } from '../template/variables';
import { findPhrase, mentions, phraseMatcher } from './match';
import {
  commonGroundPhrases, conversationPhrases, defaultInvitationLines, genericPhrases, jobAskPhrases, pitchPhrases, reasonPhrases,
} from './words';

export type HintSeverity = 'warn' | 'tip' | 'ok';

export type HintId =
  | 'placeholder' | 'over-limit' | 'job-ask' | 'sales-pitch' | 'default-wording' | 'generic-wording'
  | 'no-reason' | 'no-name' | 'about-them' | 'common-ground' | 'talking-point' | 'no-question' | 'ready'
  // The request coach's (request/rules.ts); it shares 'placeholder', 'over-limit' and 'ready'.
  | 'request-job-ask' | 'request-link-dump' | 'request-attachment' | 'request-demanding' | 'request-too-long'
  | 'request-name' | 'request-refer-back' | 'request-reason' | 'request-interest' | 'request-background'
  | 'request-connection' | 'request-ask' | 'request-time-box' | 'request-when-how' | 'request-gracious';

export interface Hint {
  id: HintId;
  severity: HintSeverity;
  /** One short sentence: what to change and why it matters. */
  message: string;
}

/** What every rule gets: the note as typed, its normalized form for matching, and the facts. */
export interface NoteFacts {
  text: string;
  normalized: string;
  length: number;
  limit: number;
  context: NoteContext;
  /** A follow-up goes to someone already connected, so invitation-only advice is skipped. */
  kind: 'invitation' | 'follow-up';
}

export type Rule = (note: NoteFacts) => Hint | null;

const reason = phraseMatcher(reasonPhrases);
const commonGround = phraseMatcher(commonGroundPhrases);
const conversation = phraseMatcher(conversationPhrases);
const jobAsk = phraseMatcher(jobAskPhrases);
const pitch = phraseMatcher(pitchPhrases);
const defaultLine = phraseMatcher(defaultInvitationLines);
const generic = phraseMatcher(genericPhrases);
/** Words that address the reader (the about-them rule); tally.ts looks for the same as a list. */
export const secondPersonWords = ['you', 'your', 'yours', 'yourself'] as const;
const secondPerson = /(?<![\p{L}\p{N}])(?:you|your|yours|yourself)(?![\p{L}\p{N}])/u;
/** Congratulations in English or German: a note that offers them uses a new-role talking point. */
export const congratulation = /\b(?:congrat\w*|glückw\w*|gratul\w*)/u;

/** `{{…}}` or stray braces, `[Company]`, `{name}`, `<Name>`, `___`, or XYZ/XXX stand-ins. */
const placeholderPattern =
  /\{\{[^{}\n]{0,40}\}\}|\{\{|\}\}|\[[^[\]\n]{1,40}\]|\{[\p{L}_][\p{L}\p{N}_ ]{0,30}\}|<[\p{L}_][^<>\n]{0,30}>|_{3,}|(?<![\p{L}\p{N}])(?:XYZ|XXX)(?![\p{L}\p{N}])/iu;

const hint = (id: HintId, severity: HintSeverity, message: string): Hint => ({ id, severity, message });
const quote = (s: string) => `"${s.length > 32 ? `${s.slice(0, 31)}…` : s}"`;

/** The first leftover placeholder in `text` (shared with the request coach). */
export const findPlaceholder = (text: string): string | undefined => placeholderPattern.exec(text)?.[0];

export const placeholderRule: Rule = ({ text }) => {
  const found = findPlaceholder(text);
  return found
    ? hint('placeholder', 'warn', `Fill in or remove ${quote(found)}: a leftover placeholder shows the note came from a template.`)
    : null;
};

export const limitRule: Rule = ({ length, limit }) => {
  if (length <= limit) return null;
  const over = length - limit;
  return hint('over-limit', 'warn', `Cut ${over} character${over === 1 ? '' : 's'}: LinkedIn takes at most ${limit} in a note.`);
};

export const jobAskRule: Rule = ({ normalized }) => {
  const found = findPhrase(normalized, jobAsk);
  return found
    ? hint('job-ask', 'warn', `Save ${quote(found)} for later: a first note that asks for a job or referral is easy to ignore.`)
    : null;
};

export const pitchRule: Rule = ({ normalized }) => {
  const found = findPhrase(normalized, pitch);
  return found
    ? hint('sales-pitch', 'warn', `Leave ${quote(found)} out: selling before any conversation makes the invitation read as spam.`)
    : null;
};

export const defaultWordingRule: Rule = ({ normalized }) => {
  if (findPhrase(normalized, defaultLine)) {
    return hint('default-wording', 'warn', "Replace LinkedIn's default line with your own: people often ignore it because everyone sends it.");
  }
  const found = findPhrase(normalized, generic);
  return found
    ? hint('generic-wording', 'tip', `Swap ${quote(found)} for something specific to them: stock phrases could be sent to anyone.`)
    : null;
};

export const reasonRule: Rule = ({ normalized }) =>
  findPhrase(normalized, reason)
    ? null
    : hint('no-reason', 'tip', 'Say why you want to connect: a clear reason is what gets a stranger to accept.');

export const nameRule: Rule = ({ normalized, context }) => {
  const first = contextValue(context, 'firstName');
  const names = [first, contextValue(context, 'lastName'), contextValue(context, 'fullName')].filter(Boolean);
  if (names.length === 0 || names.some((n) => mentions(normalized, n))) return null;
  const who = first ? `${first}'s name` : 'their name';
  return hint('no-name', 'tip', `Use ${who}: a note addressed to them reads as written for them, not copied to many.`);
};

export const aboutThemRule: Rule = ({ normalized, context }) => {
  const theirFacts = [contextValue(context, 'company'), contextValue(context, 'headline'), contextValue(context, 'school')];
  if (secondPerson.test(normalized) || theirFacts.some((f) => mentions(normalized, f))) return null;
  return hint('about-them', 'tip', 'Say something about them or their work: interest in them is what makes a note worth answering.');
};

/**
 * A strong talking point (a shared school or employer, a new role; see core/talking-points) the
 * note does not use: say which, since a note that names it is more likely to be read.
 */
export const talkingPointRule: Rule = ({ normalized, context, kind }) => {
  if (kind === 'follow-up') return null;
  const school = contextValue(context, 'sharedSchool');
  const company = contextValue(context, 'sharedCompany');
  const role = contextValue(context, 'newRole');
  if (!school && !company && !role) return null;
  const usesOne = [school, company, role].some((v) => mentions(normalized, v)) || congratulation.test(normalized);
  if (usesOne) return null;
  if (school) return hint('talking-point', 'tip', `You both studied at ${school} — a note that says so is more likely to be read.`);
  if (company) return hint('talking-point', 'tip', `You have both worked at ${company} — a note that says so is more likely to be read.`);
  return hint('talking-point', 'tip', `They just started as ${role} — congratulating them gives your note a reason.`);
};

export const commonGroundRule: Rule = ({ normalized, context, kind }) => {
  if (kind === 'follow-up') return null;
  // A named shared school, employer or new role has its own, more specific hint.
  if (contextValue(context, 'sharedSchool') || contextValue(context, 'sharedCompany') || contextValue(context, 'newRole')) return null;
  const mutual = contextValue(context, 'mutualName');
  if (findPhrase(normalized, commonGround) || mentions(normalized, mutual)) return null;
  if (mutual) {
    return hint('common-ground', 'tip', `Mention ${mutual}, whom you both know: a shared contact makes an invitation feel familiar.`);
  }
  return hint('common-ground', 'tip', 'Mention anything you share, like a school, group or event: it makes the note less of a cold call.');
};

export const questionRule: Rule = ({ text, normalized }) =>
  text.includes('?') || findPhrase(normalized, conversation)
    ? null
    : hint('no-question', 'tip', 'End with a question or an offer to talk: it gives them an easy way to reply.');

/**
 * In the order hints are shown: what blocks a good note first, then ways to improve it. A rule
 * added or changed here changes Insights' count of them too (tally.ts, which
 * tests/unit/core/coach/tally.test.ts holds to coachNote() on generated notes).
 */
export const rules: readonly Rule[] = [
  placeholderRule, limitRule, jobAskRule, pitchRule, defaultWordingRule,
  reasonRule, nameRule, aboutThemRule, talkingPointRule, commonGroundRule, questionRule,
];
