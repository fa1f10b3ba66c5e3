// Talking points for the person whose profile is open: their top card plus the Experience,
// Education and Languages cards on the page, against your About you. Runs in the composer's chunk (loaded on
// first need), so the reader that runs on every page stays small.
import { backgroundOf } from '../core/about-you-background';
import type { AboutYou } from '../core/about-you';
import { sameOrg, talkingPointsByLanguage, type Stint, type TalkingPoint, type Them } from '../core/talking-points';
// Straight from the files, not the barrel: the composer chunk carries only these three readers.
import { readEducation, readExperience, readLanguages, type ProfileRead, type Scope } from '../linkedin';

export type PointsByLanguage = { en: TalkingPoint[]; de: TalkingPoint[] };

export function themFromPage(profile: ProfileRead, page: Scope | null): Them {
  const experience = page ? readExperience(page) : [];
  const education = page ? readEducation(page) : [];
  const employers: Stint[] = experience.flatMap((e) => (e.company ? [{ name: e.company, pageKey: e.companyPage, title: e.title, start: e.start, end: e.end, current: e.current }] : []));
  const schools: Stint[] = education.map((e) => ({ name: e.school, pageKey: e.schoolPage, start: e.start, end: e.end, current: e.current }));
  // The top card names the current company and a school even when the cards are not loaded yet.
  if (profile.currentCompany && !employers.some((s) => sameOrg(s, { name: profile.currentCompany! }))) employers.push({ name: profile.currentCompany, current: true });
  if (profile.school && !schools.some((s) => sameOrg(s, { name: profile.school! }))) schools.push({ name: profile.school });
  const languages = page ? readLanguages(page).map((l) => l.name) : [];
  return { schools, employers, location: profile.location, languages, mutualNames: profile.mutualConnections?.names ?? [] };
}

export function pageTalkingPoints(about: AboutYou | undefined, profile: ProfileRead, page: Scope | null, now?: Date): PointsByLanguage {
  if (!about) return { en: [], de: [] };
  return talkingPointsByLanguage(backgroundOf(about), themFromPage(profile, page), now);
}
