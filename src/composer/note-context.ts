// Whom the open dialog invites, and what the note may say about them. The dialog's invitee (its
// own text, or the Connect control that opened it) decides who it is; the profile read on the
// page adds details only when it is that same person. So on a search page the note names the
// clicked result's person, never the page's, and a stale or different profile adds nothing.
import { collapse, type Invitee, type ProfileRead, type Scope } from '../linkedin';
import type { NoteContext } from '../core/template';
import { toNoteContext, type Me, type Person } from '../core/person';
import { personFromRead } from './person-read';
import type { RequestInputOf } from '../shared/messages';
import { pageTalkingPoints, type PointsByLanguage } from './page-talking-points';

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

/**
 * `page` holds the profile's Experience and Education cards (the open document by default).
 * Without `withPoints` no talking points are worked out (the dialog's first step shows none).
 */
export function noteTarget(invitee: Invitee | null, profile: ProfileRead | null, me: Me, page: Scope | null = globalThis.document ?? null, withPoints = true): NoteTarget {
  const matched = profileMatches(invitee, profile) ? profile : null;
  const name = invitee?.name ?? matched?.fullName ?? null;
  const them: Person = matched ? personFromRead(matched) : {};
  if (name) them.fullName = name;
  if (!matched && invitee?.firstName) them.firstName = invitee.firstName;
  if (!matched && invitee?.lastName) them.lastName = invitee.lastName;
  const points = matched && withPoints ? pageTalkingPoints(me.about, matched, page) : { en: [], de: [] };
  const context = toNoteContext(them, me, { points });
  const person: NoteTarget['person'] = { profileUrl: invitee?.profileUrl ?? matched?.profileUrl ?? null, name };
  if (them.company) person.company = them.company;
  if (them.headline) person.headline = them.headline;
  return { context, person, points };
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
