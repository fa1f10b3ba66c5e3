// Someone Rapport knows, and the one way such a person becomes the values a template is filled
// with. Every place that fills a template about someone — the composer in LinkedIn's dialog, the
// side panel, the options preview and the popup's follow-ups — builds a Person and calls
// toNoteContext, so a name, a company or a correction is treated the same everywhere.
// Pure data and string logic (no DOM, no zod): the composer's chunk imports it.
import type { AboutYou } from './about-you';
import { backgroundOf } from './about-you-background';
import { correctedValue, isCorrectableField } from './corrections';
import { sameOrg, talkingPointContext, talkingPointsByLanguage, type Stint, type TalkingPoint, type Them } from './talking-points';
import type { NoteContext } from './template';

/** What is known about them, each as read (LinkedIn's page, a stored invitation, a report). */
export interface PersonFacts {
  fullName?: string;
  firstName?: string;
  lastName?: string;
  headline?: string;
  company?: string;
  school?: string;
  location?: string;
  /** The first mutual connection LinkedIn names. */
  mutualName?: string;
  mutualCount?: number;
}

export interface Person extends PersonFacts {
  profileUrl?: string;
  /**
   * The first name a note already greeted them by (stored with the invitation): a follow-up greets
   * the same ("Anu Priya"), never a second split of the full name by a rule without the page's hints.
   */
  greetedFirstName?: string;
  /**
   * What the person using Rapport corrected (e.g. the name they go by): wins over what was read;
   * '' says the read value is wrong and there is none (core/corrections.ts).
   */
  corrections?: PersonFacts;
}

/** You: the sender's own name, interest and About you (Settings has all three). */
export interface Me {
  myName: string;
  myInterest: string;
  about?: AboutYou;
}

export interface PointsByLanguage {
  en: readonly TalkingPoint[];
  de: readonly TalkingPoint[];
}

const textFields = ['fullName', 'headline', 'company', 'school', 'location', 'mutualName'] as const;

/** The facts with corrections applied (core/corrections.ts correctedValue); blank values count as absent. */
export function personFacts(person: Person): PersonFacts {
  const merged: PersonFacts = {};
  const pick = (key: keyof PersonFacts) => {
    const corrected = person.corrections?.[key];
    const read = person[key];
    const value = isCorrectableField(key)
      ? correctedValue(typeof read === 'string' ? read : undefined, typeof corrected === 'string' ? corrected : undefined)
      : corrected !== undefined && corrected !== '' ? corrected : read;
    return typeof value === 'string' ? value.trim() || undefined : value;
  };
  for (const key of [...textFields, 'firstName', 'lastName', 'mutualCount'] as const) {
    const value = pick(key);
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/**
 * First and last name to greet by: a correction, else the name a note already used, else the
 * name as read. Whoever builds a Person from a bare full name splits it (personFromInvitation):
 * the composer's chunk then carries no second copy of the name rules.
 */
export function greetingName(person: Person): { firstName?: string; lastName?: string } {
  const facts = personFacts(person);
  // A corrected (or removed) first name wins over the one a note already used.
  const firstName = typeof person.corrections?.firstName === 'string' ? facts.firstName : person.greetedFirstName?.trim() || facts.firstName;
  const lastName = facts.lastName;
  return { ...(firstName ? { firstName } : {}), ...(lastName ? { lastName } : {}) };
}

/**
 * What templates about `person` are filled with. Absent and blank values are left out, so the
 * template's fallbacks and sentence dropping apply. Talking points: the caller's (the composer
 * reads the page's Experience and Education cards), else those of the person's own facts when
 * About you is given.
 */
export function toNoteContext(person: Person, me: Me, options: { points?: PointsByLanguage; now?: Date } = {}): NoteContext {
  const facts = personFacts(person);
  const context: NoteContext = { ...greetingName(person) };
  for (const key of textFields) {
    const value = facts[key];
    if (value) context[key] = value;
  }
  if (facts.mutualCount !== undefined && facts.mutualCount > 0) context.mutualCount = facts.mutualCount;
  const points = options.points ?? (me.about ? personTalkingPoints(person, me.about, options.now) : undefined);
  if (points && (points.en.length > 0 || points.de.length > 0)) Object.assign(context, talkingPointContext(points));
  if (me.myName.trim()) context.myName = me.myName.trim();
  if (me.myInterest.trim()) context.myInterest = me.myInterest.trim();
  return context;
}

/** What the page's Experience and Education cards list (the composer reads them; none elsewhere). */
export interface PersonCards {
  employers: readonly Stint[];
  schools: readonly Stint[];
  /** The Languages card's language names. */
  languages?: readonly string[];
}

/**
 * Them for talking points: the cards' entries plus the person's facts with corrections applied
 * (the top card names the current company and a school even when the cards are not loaded yet).
 * A corrected company or school is looked for as typed; a removed one is not added.
 */
export function personThem(person: Person, cards?: PersonCards): Them {
  const facts = personFacts(person);
  const employers: Stint[] = [...(cards?.employers ?? [])];
  const schools: Stint[] = [...(cards?.schools ?? [])];
  if (facts.company && !employers.some((s) => sameOrg(s, { name: facts.company! }))) employers.push({ name: facts.company, current: true });
  if (facts.school && !schools.some((s) => sameOrg(s, { name: facts.school! }))) schools.push({ name: facts.school });
  return { schools, employers, location: facts.location ?? null, languages: [...(cards?.languages ?? [])], mutualNames: facts.mutualName ? [facts.mutualName] : [] };
}

/** What you have in common: school, employers, place, first mutual — from `personThem`. */
export function personTalkingPoints(person: Person, about: AboutYou | undefined, now?: Date, cards?: PersonCards): { en: TalkingPoint[]; de: TalkingPoint[] } {
  if (!about) return { en: [], de: [] };
  return talkingPointsByLanguage(backgroundOf(about), personThem(person, cards), now);
}
