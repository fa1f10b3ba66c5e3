// Talking points for the person whose profile is open: their top card plus the Experience,
// Education and Languages cards on the page, against your About you. Runs in the composer's chunk (loaded on
// first need), so the reader that runs on every page stays small. The person's corrections are
// applied where the note's are (core/person.ts personThem), so both see the same person.
import type { AboutYou } from '../core/about-you';
import { personTalkingPoints, personThem, type PersonCards } from '../core/person';
import type { Stint, TalkingPoint, Them } from '../core/talking-points';
// Straight from the files, not the barrel: the composer chunk carries only these three readers.
import { readEducation, readExperience, readLanguages, type ProfileRead, type Scope } from '../linkedin';
import { personFromRead } from './person-read';

export type PointsByLanguage = { en: TalkingPoint[]; de: TalkingPoint[] };

/** The page's Experience and Education cards as stints, and its Languages card (none without a page). */
export function pageCards(page: Scope | null): PersonCards {
  const experience = page ? readExperience(page) : [];
  const education = page ? readEducation(page) : [];
  const employers: Stint[] = experience.flatMap((e) => (e.company ? [{ name: e.company, pageKey: e.companyPage, title: e.title, start: e.start, end: e.end, current: e.current }] : []));
  const schools: Stint[] = education.map((e) => ({ name: e.school, pageKey: e.schoolPage, start: e.start, end: e.end, current: e.current }));
  const languages = page ? readLanguages(page).map((l) => l.name) : [];
  return { employers, schools, languages };
}

/** Them as the talking points see them, from what was read (no corrections). */
export function themFromPage(profile: ProfileRead, page: Scope | null): Them {
  return personThem(personFromRead(profile), pageCards(page));
}

export function pageTalkingPoints(about: AboutYou | undefined, profile: ProfileRead, page: Scope | null, now?: Date): PointsByLanguage {
  if (!about) return { en: [], de: [] };
  return personTalkingPoints(personFromRead(profile), about, now, pageCards(page));
}
