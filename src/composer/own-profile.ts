// Reads the person's own profile for About you, only when asked (the popup's offer, which the
// background runs in the open tab): schools and employers with years from the visible
// Experience and Education cards, and the place from the top card. Nothing is stored here; the
// popup shows the result and keeps it only when the person says so. Another person's profile
// reads as not own, and nothing of it is returned.
import type { AboutStint } from '../core/about-you';
import { readEducation, readExperience, type Scope } from '../linkedin';

export interface OwnProfileRead {
  own: boolean;
  schools: AboutStint[];
  employers: AboutStint[];
  location: string;
}

/** What About you can hold (core/about-you.ts ABOUT_LIMITS); the newest entries come first on the page. */
const MAX_SCHOOLS = 10;
const MAX_EMPLOYERS = 15;
const cut = (text: string | null | undefined, max: number) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max).trim();

/**
 * Whether the page is the person's own profile is content.js's call (its page-kind reader, which
 * it carries anyway): composer.js must not bring a second copy of the top-card reader and its
 * per-language text (tests/e2e/manifest.test.ts). content.js answers on the isolated world's global.
 */
const isOwnPage = () => (globalThis as { __rapportOwnProfile?: () => boolean }).__rapportOwnProfile?.() === true;

/** `url` is kept for a later check of the profile key. */
export function readOwnProfile(page: Scope, _url?: string, own: () => boolean = isOwnPage): OwnProfileRead {
  if (!own()) return { own: false, schools: [], employers: [], location: '' };
  const schools: AboutStint[] = [];
  for (const entry of readEducation(page)) {
    const name = cut(entry.school, 120);
    if (!name || schools.length >= MAX_SCHOOLS) continue;
    schools.push(withDates({ name, ...(pageKey(entry.schoolPage)) }, entry));
  }
  const employers: AboutStint[] = [];
  for (const entry of readExperience(page)) {
    const name = cut(entry.company, 120);
    if (!name || employers.length >= MAX_EMPLOYERS) continue;
    const stint: AboutStint = withDates({ name, ...(pageKey(entry.companyPage)) }, entry);
    const title = cut(entry.title, 120);
    if (title) stint.title = title;
    employers.push(stint);
  }
  // The place is not read here: its reader carries per-language text that content.js already has
  // (tests/e2e/manifest.test.ts); the person can type it on the options page.
  return { own: true, schools, employers, location: '' };
}

function pageKey(key: string | null): { pageKey?: string } {
  return key && key.length <= 120 ? { pageKey: key } : {};
}

function withDates(stint: AboutStint, entry: { start: AboutStint['start'] | null; end: AboutStint['end'] | null; current: boolean }): AboutStint {
  if (entry.start) stint.start = entry.start;
  if (entry.end && !entry.current) stint.end = entry.end;
  if (entry.current) stint.current = true;
  return stint;
}
