// What one request for writing help holds: the action, the note as the composer shows it, the
// facts the composer shows about the person and about the writer, an optional talking point,
// and the limit. Nothing else reaches the model (prompt.ts builds the prompt from these fields
// only, and the background's zod schema drops any other field).
import type { NoteContext } from '../template/variables';

export const aiActions = ['shorten', 'weave', 'draft'] as const;
export type AiAction = (typeof aiActions)[number];

export const aiFactNames = ['firstName', 'fullName', 'company', 'headline', 'school', 'mutualName', 'myName', 'myInterest'] as const;
export type AiFactName = (typeof aiFactNames)[number];
export type AiFacts = Partial<Record<AiFactName, string>>;

export interface AiRequest {
  action: AiAction;
  /** The note now (LinkedIn's box, or the side panel's text); may be empty for a draft. */
  note: string;
  facts: AiFacts;
  /** A talking point the person chose (from src/core/talking-points, or typed). */
  point?: string;
  /** The dialog's limit (200 free / 300 Premium). */
  limit: number;
  /** The interface language, used when there is no note to take the language from. */
  language: string;
}

export const MAX_NOTE_INPUT = 2000;
export const MAX_FACT = 400;
export const MAX_POINT = 300;

/** The facts a request carries, from the context the composer fills templates with. */
export function factsFrom(context: NoteContext): AiFacts {
  const facts: AiFacts = {};
  for (const name of aiFactNames) {
    const value = context[name]?.trim();
    if (value) facts[name] = value.slice(0, MAX_FACT);
  }
  return facts;
}

/** The values a request sends to the model, in the order the composer lists them. */
export function factValues(facts: AiFacts): string[] {
  return aiFactNames.flatMap((name) => (facts[name] ? [facts[name]] : []));
}

/** Whether the action makes sense for this note now (Shorten only over the limit, Weave only with a point). */
export function actionOffered(action: AiAction, note: { count: number; limit: number; text: string }, point: string | undefined): boolean {
  if (action === 'shorten') return note.text.trim() !== '' && note.count > note.limit;
  if (action === 'weave') return !!point?.trim() && note.text.trim() !== '';
  return true;
}
