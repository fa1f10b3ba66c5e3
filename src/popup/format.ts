// Small pure helpers for what the popup shows: names, plural forms, usage meters, and the
// details a follow-up template is filled with.
import type { Invitation, Settings } from '../core/schemas';
import type { NoteContext } from '../core/template';
import { splitName } from '../linkedin/names';

/** What a follow-up template knows about the person (from the stored invitation) and about you. */
export function followUpContext(invitation: Pick<Invitation, 'name' | 'company' | 'headline'>, settings: Pick<Settings, 'myName' | 'myInterest'> | null): NoteContext {
  // The reader's own split, so the follow-up greets them as the invitation did.
  const { firstName, lastName } = splitName(invitation.name);
  return {
    firstName: firstName ?? undefined,
    lastName: lastName ?? undefined,
    fullName: invitation.name.trim(),
    company: invitation.company,
    headline: invitation.headline,
    myName: settings?.myName,
    myInterest: settings?.myInterest,
  };
}

/** 'one' or 'other' for a count, by the UI language's plural rules (German and English agree). */
export function pluralForm(count: number, language: string): 'one' | 'other' {
  try {
    return new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
  } catch {
    return count === 1 ? 'one' : 'other';
  }
}

export type MeterLevel = 'ok' | 'near' | 'full';

/** How close a count is to its limit: 'near' from 80 %, 'full' at or past it. A limit of 0 is full. */
export function meterLevel(used: number, limit: number): MeterLevel {
  if (used >= limit) return 'full';
  return used >= limit * 0.8 ? 'near' : 'ok';
}

/** Share of the limit used, 0‥1, for the meter bar. */
export function meterFraction(used: number, limit: number): number {
  if (limit <= 0) return 1;
  return Math.max(0, Math.min(1, used / limit));
}

/** One line of a note for the row: whitespace collapsed (the row truncates it with CSS). */
export function noteLine(note: string): string {
  return note.replace(/\s+/g, ' ').trim();
}
