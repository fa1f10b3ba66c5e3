// The words sent to the model. Fixed instructions plus the request's own fields, nothing else:
// the facts, the note and the talking point are exactly what the composer shows the person.
// The coach's advice (a reason, common ground, no job ask, end with a question) is written into
// the instructions, so a draft starts where the coach would push it anyway.
import { countNote } from '../count';
import { pointInPlay } from './checks';
import type { AiFactName, AiRequest } from './request';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish', ja: 'Japanese', de: 'German', fr: 'French', pt: 'Portuguese', it: 'Italian', nl: 'Dutch' };

export const SYSTEM_PROMPT = [
  'You help one person write a short, personal LinkedIn connection note to someone they want to meet.',
  'Reply with the note only: plain text, no markdown, no HTML, no quotation marks around it, no preamble.',
  'Use only the facts you are given; never invent facts, links, e-mail addresses or phone numbers.',
  'Never ask for a job, a referral or a favour, and never sell anything.',
].join('\n');

const factLabels: Record<AiFactName, string> = {
  firstName: 'Their first name',
  fullName: 'Their full name',
  company: 'Where they work',
  headline: 'Their headline',
  school: 'Their school',
  mutualName: 'Someone you both know',
  myName: 'My name',
  myInterest: 'What I am working on or exploring',
};

function factLines(request: AiRequest): string {
  const lines = (Object.keys(factLabels) as AiFactName[])
    .filter((name) => request.facts[name])
    .map((name) => `- ${factLabels[name]}: ${request.facts[name]}`);
  return lines.length ? `Facts:\n${lines.join('\n')}` : 'Facts: none given.';
}

function languageLine(request: AiRequest): string {
  if (request.note.trim()) return 'Write in the same language as the current note.';
  const code = request.language.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return `Write in ${LANGUAGE_NAMES[code] ?? 'English'}.`;
}

const who = (request: AiRequest) => request.facts.firstName ?? request.facts.fullName;

/** What must survive a rewrite, said to the model (checks.ts verifies it afterwards). */
function keepLine(request: AiRequest): string {
  const keep: string[] = [];
  const name = who(request);
  if (name) keep.push(`the name ${name}`);
  if (pointInPlay(request)) keep.push('the talking point');
  if (request.action === 'draft' || request.note.includes('?')) keep.push('a closing question');
  return keep.length ? `Keep ${keep.join(', ')}.` : '';
}

const pointLine = (request: AiRequest) => {
  const point = pointInPlay(request);
  return point ? `Talking point: ${point}` : '';
};

/** The request for candidate number `variant` (1-based): later ones ask for something different. */
export function actionPrompt(request: AiRequest, variant: number): string {
  const limit = request.limit;
  let task: string;
  if (request.action === 'shorten') {
    task = `Shorten this note to at most ${limit} characters; it has ${countNote(request.note)} now. Keep its meaning, tone and language.`;
  } else if (request.action === 'weave') {
    task = `Rewrite this note so that it uses the talking point below, in at most ${limit} characters. Keep its tone and language.`;
  } else {
    task = `Write a first connection note of at most ${limit} characters. Give a clear reason to connect, mention common ground if the facts show any, and end with a question.`;
  }
  const parts = [
    task,
    keepLine(request),
    languageLine(request),
    variant > 1 ? `This is version ${variant}: make it clearly different from your earlier versions.` : '',
    factLines(request),
    pointLine(request),
    request.note.trim() ? `Current note:\n${request.note}` : '',
  ];
  return parts.filter(Boolean).join('\n\n');
}

/** Asked once when an answer is over the limit (models do not count characters). */
export function shorterPrompt(request: AiRequest, count: number): string {
  return `That version has ${count} characters; the limit is ${request.limit}. Reply with a shorter version that keeps the same rules.`;
}
