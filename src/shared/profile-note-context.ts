// What a template is filled with outside LinkedIn's dialog (side panel, options preview): a
// profile as the content script reported it, and the person's own name, interest and About you.
// Empty values are left out, so the template's fallbacks and sentence dropping apply. The
// reported profile holds the top card only, so talking points here compare its school, current
// company, place and first mutual connection (the composer on the page also reads the cards).
import { backgroundOf } from '../core/about-you-background';
import type { Settings } from '../core/schemas';
import { talkingPointContext, talkingPointsByLanguage, type TalkingPoint, type Them } from '../core/talking-points';
import type { NoteContext } from '../core/template';
import type { ObservedProfile } from './messages';

const profileFields = ['firstName', 'lastName', 'fullName', 'company', 'headline', 'school', 'location', 'mutualName'] as const;

export function profileNoteContext(profile: ObservedProfile, me: Pick<Settings, 'myName' | 'myInterest'> & Partial<Pick<Settings, 'about'>>, now?: Date): NoteContext {
  const context: NoteContext = {};
  for (const field of profileFields) {
    const value = profile[field]?.trim();
    if (value) context[field] = value;
  }
  if (profile.mutualCount !== undefined && profile.mutualCount > 0) context.mutualCount = profile.mutualCount;
  if (me.myName.trim()) context.myName = me.myName.trim();
  if (me.myInterest.trim()) context.myInterest = me.myInterest.trim();
  if (me.about) Object.assign(context, talkingPointContext(profileTalkingPoints(profile, me.about, now)));
  return context;
}

/** What you have in common with the reported person, in both note languages. */
export function profileTalkingPoints(profile: ObservedProfile, about: Settings['about'] | undefined, now?: Date): { en: TalkingPoint[]; de: TalkingPoint[] } {
  return about ? talkingPointsByLanguage(backgroundOf(about), observedBackground(profile), now) : { en: [], de: [] };
}

/** The reported top card as talking points take it: their school, current employer, place, mutual. */
export function observedBackground(profile: ObservedProfile): Them {
  return {
    schools: profile.school ? [{ name: profile.school }] : [],
    employers: profile.company ? [{ name: profile.company, current: true }] : [],
    location: profile.location ?? null,
    mutualNames: profile.mutualName ? [profile.mutualName] : [],
  };
}
