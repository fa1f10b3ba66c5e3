// About-you as talking points take it. Apart from about-you.ts so the content script's composer
// can use it without loading zod.
import type { AboutStint, AboutYou } from './about-you';
import type { Background, Stint } from './talking-points';

/** What talking points compare: the background in the plain shape the talking points take. */
export function backgroundOf(about: AboutYou | undefined): Background {
  if (!about) return { schools: [], employers: [] };
  const stint = (s: AboutStint): Stint => ({
    name: s.name, pageKey: s.pageKey ?? null, title: s.title ?? null,
    start: s.start ?? null, end: s.end ?? null, current: s.current ?? false,
  });
  return { schools: about.schools.map(stint), employers: about.employers.map(stint), location: about.location, languages: about.languages };
}

export function isEmptyAboutYou(about: AboutYou): boolean {
  return !about.schools.length && !about.employers.length && !about.location && !about.languages.length;
}
