// Whom the open dialog invites, and what the note may say about them. The dialog's invitee (its
// own text, or the Connect control that opened it) decides who it is; the profile read on the
// page adds details only when it is that same person. So on a search page the note names the
// clicked result's person, never the page's, and a stale or different profile adds nothing.
import { collapse, type Invitee, type ProfileRead, type Scope } from '../linkedin';
import type { NoteContext } from '../core/template';
import type { AboutYou } from '../core/about-you';
import { talkingPointContext } from '../core/talking-points';
import { pageTalkingPoints, type PointsByLanguage } from './page-talking-points';

export interface NoteTarget {
  /** What templates are filled with. */
  context: NoteContext;
  /** Who the invitation is recorded for; profileUrl null when the page did not say. */
  person: { profileUrl: string | null; name: string | null; company?: string; headline?: string };
  /** What you have in common with them (empty when About you is empty or nothing is shared). */
  points: PointsByLanguage;
}

export interface Me {
  myName: string;
  myInterest: string;
  about?: AboutYou;
}

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && collapse(a).toLowerCase() === collapse(b).toLowerCase();

/** Whether `profile` describes `invitee`: same profile key, or (no key known) the same name. */
export function profileMatches(invitee: Invitee | null, profile: ProfileRead | null): profile is ProfileRead {
  if (!profile?.fullName) return false;
  if (!invitee) return true;
  if (invitee.vanity) return invitee.vanity === profile.vanity;
  return same(invitee.name, profile.fullName);
}

/** `page` holds the profile's Experience and Education cards (the open document by default). */
export function noteTarget(invitee: Invitee | null, profile: ProfileRead | null, me: Me, page: Scope | null = globalThis.document ?? null): NoteTarget {
  const context: NoteContext = {};
  const set = <K extends keyof NoteContext>(key: K, value: NoteContext[K] | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') context[key] = value;
  };
  const matched = profileMatches(invitee, profile) ? profile : null;
  const name = invitee?.name ?? matched?.fullName ?? null;
  const parts = matched ?? invitee ?? { firstName: null, lastName: null };
  set('fullName', name);
  set('firstName', parts.firstName);
  set('lastName', parts.lastName);
  if (matched) {
    set('company', matched.currentCompany);
    set('headline', matched.headline);
    set('school', matched.school);
    set('location', matched.location);
    set('mutualName', matched.mutualConnections?.names[0]);
    set('mutualCount', matched.mutualConnections?.count);
  }
  const points = matched ? pageTalkingPoints(me.about, matched, page) : { en: [], de: [] };
  if (points.en.length) Object.assign(context, talkingPointContext(points));
  set('myName', me.myName.trim());
  set('myInterest', me.myInterest.trim());
  const person: NoteTarget['person'] = { profileUrl: invitee?.profileUrl ?? matched?.profileUrl ?? null, name };
  if (matched?.currentCompany) person.company = matched.currentCompany;
  if (matched?.headline) person.headline = matched.headline;
  return { context, person, points };
}
