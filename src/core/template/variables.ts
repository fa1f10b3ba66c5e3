// The variables a template may use, each with the one line the help panel shows, and how a
// context value becomes the text that is inserted. Values come from web pages, so they are only
// ever inserted as plain text; they are never parsed as template syntax.

export const templateVariables = [
  { name: 'firstName', description: 'Their first name.' },
  { name: 'lastName', description: 'Their last name.' },
  { name: 'fullName', description: 'Their full name (first and last name if the page gave no full name).' },
  { name: 'company', description: 'Where they work now.' },
  { name: 'headline', description: 'The headline under their name; can be long.' },
  { name: 'school', description: 'A school on their profile.' },
  { name: 'location', description: 'Where they are based.' },
  { name: 'mutualName', description: 'Someone you both know.' },
  { name: 'mutualCount', description: 'How many connections you share (empty when none).' },
  { name: 'myName', description: 'Your name, from the settings.' },
  { name: 'myInterest', description: 'What you are exploring or working on, from the settings.' },
  { name: 'commonGround', description: 'The best thing you have in common, as a phrase ("we both studied at …"), from About you.' },
  { name: 'sharedSchool', description: 'A school you both went to (empty when none).' },
  { name: 'sharedCompany', description: 'An employer you have both worked for (empty when none).' },
  { name: 'newRole', description: 'Their role when they started it in the last 6 months ("CTO at Globex").' },
] as const;

export type VariableName = (typeof templateVariables)[number]['name'];

/** What the renderer knows about the person and about you. Every field is optional. */
export interface NoteContext {
  firstName?: string;
  lastName?: string;
  fullName?: string;
  company?: string;
  headline?: string;
  school?: string;
  location?: string;
  mutualName?: string;
  mutualCount?: number | string;
  myName?: string;
  myInterest?: string;
  commonGround?: string;
  sharedSchool?: string;
  sharedCompany?: string;
  newRole?: string;
  /**
   * Values that depend on the note's language (the talking-point phrases), per language: the
   * renderer takes those of the template's language (render.ts), over the plain fields.
   */
  byLanguage?: Partial<Record<'en' | 'de', Partial<Record<VariableName, string>>>>;
}

const names: ReadonlySet<string> = new Set(templateVariables.map((v) => v.name));

export function isVariableName(name: string): name is VariableName {
  return names.has(name);
}

/**
 * The text inserted for a variable, or '' when it is empty. Whitespace (line breaks included) is
 * collapsed so a value never adds a line or a double space, and a trailing `,;:` that pages
 * leave on names ("Acme,") is dropped so it can't double up with the template's punctuation.
 * A mutual count of 0 is empty: "0 connections in common" is not worth saying.
 */
export function contextValue(context: NoteContext, name: VariableName): string {
  const raw: unknown = context[name];
  if (typeof raw === 'number') return Number.isFinite(raw) && raw > 0 ? String(raw) : '';
  const value = clean(raw);
  if (name === 'fullName' && !value) return [clean(context.firstName), clean(context.lastName)].filter(Boolean).join(' ');
  return name === 'mutualCount' && /^0+$/.test(value) ? '' : value;
}

function clean(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return isTidy(raw) ? raw : raw.replace(/\s+/g, ' ').trim().replace(/\s*[,;:]+$/, '');
}

/**
 * True when clean() would leave `value` as it is, checked without a RegExp (Insights cleans a
 * name and a company per invitation): printable ASCII whose only whitespace is single spaces
 * between words, and no `,;:` at the end. Anything else takes clean()'s own way.
 */
function isTidy(value: string): boolean {
  const last = value.length - 1;
  for (let at = 0; at <= last; at++) {
    const code = value.charCodeAt(at);
    if (code === 32) {
      if (at === 0 || at === last || value.charCodeAt(at + 1) === 32) return false;
    } else if (code < 33 || code > 126) return false;
  }
  const end = value.charCodeAt(last);
  return end !== 44 && end !== 59 && end !== 58;
}
