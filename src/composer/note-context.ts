// Whom the open dialog invites, and what the note may say about them. The dialog's invitee (its
// own text, or the Connect control that opened it) decides who it is; the profile read on the
// page adds details only when it is that same person. So on a search page the note names the
// clicked result's person, never the page's, and a stale or different profile adds nothing.
import { collapse, type Invitee, type ProfileRead, type Scope } from '../linkedin';
import type { NoteContext } from '../core/template';
import { personFacts, personTalkingPoints, toNoteContext, type Me, type Person, type PersonCards } from '../core/person';
import type { Corrections } from '../core/corrections';
import { personFromRead } from './person-read';
import { splitName } from '../core/names';
import type { RequestInputOf } from '../shared/messages';
import { pageCards, type PointsByLanguage } from './page-talking-points';

export interface NoteTarget {
  /** What templates are filled with. */
  context: NoteContext;
  /** Who the invitation is recorded for; profileUrl null when the page did not say. */
  person: { profileUrl: string | null; name: string | null; company?: string; headline?: string };
  /** What you have in common with them (empty when About you is empty or nothing is shared). */
  points: PointsByLanguage;
}

export type { Me };
export type InvitationSent = RequestInputOf<'invitation.sent'>;

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && collapse(a).toLowerCase() === collapse(b).toLowerCase();

/** Whether `profile` describes `invitee`: same profile key, or (no key known) the same name. */
export function profileMatches(invitee: Invitee | null, profile: ProfileRead | null): profile is ProfileRead {
  if (!profile?.fullName) return false;
  if (!invitee) return true;
  if (invitee.vanity) return invitee.vanity === profile.vanity;
  return same(invitee.name, profile.fullName);
}

/** What was read about whom the dialog invites: the target is made from it, with or without corrections. */
export interface NoteSource {
  /** Them as read (no corrections). */
  them: Person;
  /** The page's Experience and Education cards, read once when first needed; null when the page is not theirs. */
  cards: (() => PersonCards) | null;
  /** Who the invitation is recorded for, as read. */
  profileUrl: string | null;
  name: string | null;
}

/** `page` holds the profile's Experience and Education cards (the open document by default). */
export function noteSource(invitee: Invitee | null, profile: ProfileRead | null, page: Scope | null = globalThis.document ?? null): NoteSource {
  const matched = profileMatches(invitee, profile) ? profile : null;
  const name = invitee?.name ?? matched?.fullName ?? null;
  const them: Person = matched ? personFromRead(matched) : {};
  if (name) them.fullName = name;
  if (!matched && invitee?.name) {
    // The dialog's or the control's name alone: split by the same rule, without the card's hints.
    const { firstName, lastName } = splitName(invitee.name);
    if (firstName) them.firstName = firstName;
    if (lastName) them.lastName = lastName;
  }
  let cards: PersonCards | undefined;
  return { them, cards: matched ? () => (cards ??= pageCards(page)) : null, profileUrl: invitee?.profileUrl ?? matched?.profileUrl ?? null, name };
}

const sourcesByDialog = new WeakMap<Element, { invitee: Invitee | null; profile: ProfileRead | null; source: NoteSource }>();
const sameInvitee = (a: Invitee | null, b: Invitee | null) => a === b || (!!a && !!b && a.name === b.name && a.vanity === b.vanity && a.profileUrl === b.profileUrl);

/**
 * noteSource for a step of the dialog `root`: the step before read the same invitee from the same
 * profile read already (the first step reads them too), so the note step takes that source
 * (its cards are still read once, when first needed).
 */
export function dialogNoteSource(root: Element, invitee: Invitee | null, profile: ProfileRead | null): NoteSource {
  const kept = sourcesByDialog.get(root);
  if (kept && kept.profile === profile && sameInvitee(kept.invitee, invitee)) return kept.source;
  const source = noteSource(invitee, profile);
  sourcesByDialog.set(root, { invitee, profile, source });
  return source;
}

/**
 * The note's target, with the person's corrections (facts line) laid over what was read in one
 * place — core/person.ts — so the note's values and the talking points describe the same person:
 * a corrected school is the school "you both studied at" is looked for; a removed one is not.
 */
export function targetFrom(source: NoteSource, me: Me, corrections: Corrections = {}, withPoints = true): NoteTarget {
  const person: Person = Object.keys(corrections).length > 0 ? { ...source.them, corrections } : source.them;
  const points = withPoints && me.about && (source.cards || person.corrections) ? personTalkingPoints(person, me.about, undefined, source.cards?.()) : { en: [], de: [] };
  const context = toNoteContext(person, me, { points });
  const facts = personFacts(person);
  // The invitation is recorded under the name read, unless the person corrected the full name.
  const name = (corrections.fullName && facts.fullName) || source.name || [context.firstName, context.lastName].filter(Boolean).join(' ') || null;
  const recorded: NoteTarget['person'] = { profileUrl: source.profileUrl, name };
  if (facts.company) recorded.company = facts.company;
  if (facts.headline) recorded.headline = facts.headline;
  return { context, person: recorded, points };
}

/** Without `withPoints` no talking points are worked out (the dialog's first step shows none). */
export function noteTarget(invitee: Invitee | null, profile: ProfileRead | null, me: Me, page: Scope | null = globalThis.document ?? null, withPoints = true): NoteTarget {
  return targetFrom(noteSource(invitee, profile, page), me, {}, withPoints);
}

/**
 * What the background records when the person clicks LinkedIn's Send: who, the note ('' without
 * one), the template inserted, and the first name the note greeted (so a follow-up greets the
 * same). Null when the dialog did not say whom it invites.
 */
export function sentReport(target: NoteTarget, note: string, templateId: string | null): InvitationSent | null {
  const { profileUrl, name, company, headline } = target.person;
  if (!profileUrl || !name) return null;
  const sent: InvitationSent = { type: 'invitation.sent', profileUrl, name: name.slice(0, 200), note: note.slice(0, 2000) };
  if (company) sent.company = company.slice(0, 200);
  if (headline) sent.headline = headline.slice(0, 400);
  if (target.context.firstName) sent.greetedFirstName = target.context.firstName.slice(0, 200);
  if (note.trim() && templateId) sent.templateId = templateId;
  return sent;
}
