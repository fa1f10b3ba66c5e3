// Talking points: the concrete things you and the person you write to have in common, or that
// just changed for them, ranked best first, each with a reason and a phrase for the note. Pure
// and bounded (inputs are capped), so it runs on every profile view without measurable cost.
// Only facts both sides state: names match exactly after normalisation (or through the same
// LinkedIn page); nothing is inferred. Nothing shared → an empty list.
import { languageKey, languageName } from './languages';
import { sameOrg } from './org-identity';
import { monthIndex, overlapOf } from './periods';
import { wordsFor } from './phrases';
import { sharedPlace } from './place';
import type { Background, NoteLanguage, Stint, TalkingPoint, Them } from './types';

export type { Background, NoteLanguage, Stint, TalkingPoint, TalkingPointKind, Them, YearMonth } from './types';
export { normaliseOrgName, sameOrg } from './org-identity';
export { noteLanguage } from './phrases';
export { textLanguage } from './text-language';
export { bestPoint, talkingPointContext, talkingPointValues, type TalkingPointValues } from './note-values';

export interface TalkingPointOptions {
  /** The note's language; phrases and reasons are in it. */
  lang?: NoteLanguage;
  /** Today (tests pass a fixed date). */
  now?: Date;
}

// Points for a shared place outrank nothing that names a person or an organisation: a shared
// school or employer with overlapping years is the strongest reason to write.
const SCORE = {
  schoolOverlap: 100, employerOverlap: 95, newRole: 90, school: 85, employer: 80, mutual: 70,
  anniversary: 60, city: 50, region: 40, language: 30,
} as const;
const STRONG = 70;
/** A role counts as new for this many months after it started. */
export const NEW_ROLE_MONTHS = 6;
const MAX_ENTRIES = 100;
const MAX_NAME = 120;

export function talkingPoints(you: Background, them: Them, options: TalkingPointOptions = {}): TalkingPoint[] {
  const now = options.now ?? new Date();
  const words = wordsFor(options.lang ?? 'en');
  const points: TalkingPoint[] = [];
  const add = (kind: TalkingPoint['kind'], score: number, subject: string, text: { reason: string; phrase: string; value?: string }, overlap?: boolean | null) => {
    const point: TalkingPoint = { kind, score, strong: score >= STRONG, subject, value: subject, ...text };
    if (overlap !== undefined) point.overlap = overlap;
    points.push(point);
  };

  for (const shared of sharedOrgs(you.schools, them.schools, now)) {
    add('school', shared.overlap ? SCORE.schoolOverlap : SCORE.school, shared.name, words.school(shared.name, shared.overlap), shared.overlap);
  }
  for (const shared of sharedOrgs(you.employers, them.employers, now)) {
    const bothNow = shared.mine.some((s) => s.current) && shared.theirs.some((s) => s.current);
    add('employer', shared.overlap ? SCORE.employerOverlap : SCORE.employer, shared.name, words.employer(shared.name, shared.overlap, bothNow), shared.overlap);
  }

  const role = newRole(them.employers, now);
  if (role) add('new-role', SCORE.newRole, role.company, words.newRole(role.company, role.title, role.months));

  const mutual = clean(them.mutualNames?.[0]);
  if (mutual) add('mutual', SCORE.mutual, mutual, words.mutual(mutual));

  const anniversary = workAnniversary(them.employers, now);
  if (anniversary) add('anniversary', SCORE.anniversary, anniversary.company, words.anniversary(anniversary.company, anniversary.years));

  const place = sharedPlace(clean(you.location), clean(them.location));
  if (place) add(place.kind, place.kind === 'city' ? SCORE.city : SCORE.region, place.name, words[place.kind](place.name));

  const language = sharedLanguage(you.languages ?? [], them.languages ?? [], options.lang ?? 'en');
  if (language) add('language', SCORE.language, language, words.language(language));

  return points.sort((a, b) => b.score - a.score);
}

interface SharedOrg {
  /** Their spelling: the note speaks about the page the person is looking at. */
  name: string;
  mine: Stint[];
  theirs: Stint[];
  overlap: boolean | null;
}

/** Each organisation on both lists once, in your order; overlap over all stints there. */
function sharedOrgs(mine: readonly Stint[], theirs: readonly Stint[], now: Date): SharedOrg[] {
  const a = usable(mine);
  const b = usable(theirs);
  const found: SharedOrg[] = [];
  for (const stint of a) {
    if (found.some((f) => f.mine.includes(stint))) continue;
    const match = b.find((t) => sameOrg(stint, t));
    if (!match || found.some((f) => f.theirs.includes(match))) continue;
    const myStints = a.filter((s) => sameOrg(s, match) || sameOrg(s, stint));
    const theirStints = b.filter((t) => sameOrg(t, match) || sameOrg(t, stint));
    found.push({ name: match.name, mine: myStints, theirs: theirStints, overlap: overlapOf(myStints, theirStints, now) });
  }
  return found;
}

function usable(stints: readonly Stint[]): Stint[] {
  const result: Stint[] = [];
  for (const stint of stints.slice(0, MAX_ENTRIES)) {
    const name = clean(stint.name);
    if (name) result.push(name === stint.name ? stint : { ...stint, name });
  }
  return result;
}

/** Their newest current role when it started in the last NEW_ROLE_MONTHS months (month known). */
function newRole(employers: readonly Stint[], now: Date): { company: string; title: string | null; months: number } | null {
  let best: { company: string; title: string | null; months: number } | null = null;
  for (const stint of usable(employers)) {
    if (!stint.current || !stint.start || stint.start.month === undefined) continue;
    const months = monthIndex(now) - (stint.start.year * 12 + stint.start.month - 1);
    if (months < 0 || months > NEW_ROLE_MONTHS) continue;
    if (!best || months < best.months) best = { company: stint.name, title: clean(stint.title) || null, months };
  }
  return best;
}

/** Full years at a current employer when this is the month they started there (1 year or more). */
function workAnniversary(employers: readonly Stint[], now: Date): { company: string; years: number } | null {
  const stints = usable(employers);
  for (const stint of stints) {
    if (!stint.current) continue;
    // Tenure at the company: its earliest role (a promotion does not restart the count).
    let first = stint.start;
    for (const other of stints) {
      if (other.start && first && sameOrg(other, stint) && other.start.year * 12 + (other.start.month ?? 12) < first.year * 12 + (first.month ?? 12)) first = other.start;
    }
    if (!first || first.month === undefined || first.month !== now.getMonth() + 1) continue;
    const years = now.getFullYear() - first.year;
    if (years >= 1) return { company: stint.name, years };
  }
  return null;
}

/**
 * A language both speak — other than the note's own: a note in English saying "we both speak
 * English" tells them nothing the note itself does not.
 */
function sharedLanguage(mine: readonly string[], theirs: readonly string[], lang: NoteLanguage): string | null {
  const keys = new Set(mine.slice(0, MAX_ENTRIES).map((l) => languageKey(clean(l))).filter(Boolean));
  for (const language of theirs.slice(0, MAX_ENTRIES)) {
    const name = clean(language);
    const key = languageKey(name);
    if (key && key !== lang && keys.has(key)) return languageName(key, lang, name);
  }
  return null;
}

/** One line, no control characters, bounded: page text goes into UI and notes as plain text. */
function clean(value: string | null | undefined): string {
  if (typeof value !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME).trim();
}

/** Talking points in both note languages (the composer and previews pick per template). */
export function talkingPointsByLanguage(you: Background, them: Them, now?: Date): { en: TalkingPoint[]; de: TalkingPoint[] } {
  return { en: talkingPoints(you, them, { lang: 'en', now }), de: talkingPoints(you, them, { lang: 'de', now }) };
}
