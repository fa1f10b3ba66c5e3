// The "About you" form: editable rows for schools and employers, a place and languages, turned
// back into a checked AboutYou. Rows keep what was captured from the profile (the school's page,
// the month) as long as the person leaves that row's name and years as they were.
import { ABOUT_LIMITS, AboutYou, type AboutStint } from '../../core/about-you';

export interface StintRow {
  name: string;
  title: string;
  from: string;
  to: string;
  /** Still there: no end year. */
  current: boolean;
  /** What the row was loaded from, so unchanged details (page, months) survive a save. */
  origin?: AboutStint;
}

export interface AboutForm {
  schools: StintRow[];
  employers: StintRow[];
  location: string;
  /** Comma-separated, as typed. */
  languages: string;
}

export type AboutProblem = { list: 'schools' | 'employers'; row: number; key: string } | { list: 'languages' | 'location'; key: string };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export const rowOf = (s: AboutStint): StintRow => ({
  name: s.name, title: s.title ?? '', from: s.start ? String(s.start.year) : '', to: s.end && !s.current ? String(s.end.year) : '',
  current: s.current ?? false, origin: s,
});

export const emptyRow = (): StintRow => ({ name: '', title: '', from: '', to: '', current: false });

export function aboutForm(about: AboutYou): AboutForm {
  return { schools: about.schools.map(rowOf), employers: about.employers.map(rowOf), location: about.location, languages: about.languages.join(', ') };
}

export type Checked = { ok: true; about: AboutYou } | { ok: false; problems: AboutProblem[] };

/** The form as an AboutYou, or what is wrong with it (blank rows are dropped, not errors). */
export function checkAboutForm(form: AboutForm, capturedAt?: string): Checked {
  const problems: AboutProblem[] = [];
  const stints = (list: 'schools' | 'employers') => {
    const result: AboutStint[] = [];
    form[list].forEach((row, index) => {
      const stint = stintOf(row, list, index, problems);
      if (stint) result.push(stint);
    });
    if (result.length > ABOUT_LIMITS[list]) problems.push({ list, row: ABOUT_LIMITS[list], key: 'options_about_too_many' });
    return result;
  };
  const schools = stints('schools');
  const employers = stints('employers');
  const languages = form.languages.split(/[,;\n]/).map((l) => l.trim()).filter(Boolean);
  if (languages.length > ABOUT_LIMITS.languages || languages.some((l) => l.length > ABOUT_LIMITS.language)) problems.push({ list: 'languages', key: 'options_about_languages_bad' });
  if (form.location.trim().length > ABOUT_LIMITS.location) problems.push({ list: 'location', key: 'options_about_too_long' });
  if (problems.length) return { ok: false, problems };
  const parsed = AboutYou.safeParse({ schools, employers, location: form.location.trim(), languages, ...(capturedAt ? { capturedAt } : {}) });
  return parsed.success ? { ok: true, about: parsed.data } : { ok: false, problems: [{ list: 'location', key: 'options_about_invalid' }] };
}

function stintOf(row: StintRow, list: 'schools' | 'employers', index: number, problems: AboutProblem[]): AboutStint | null {
  const name = row.name.trim();
  const blank = !name && !row.title.trim() && !row.from.trim() && !row.to.trim();
  if (blank) return null;
  const problem = (key: string) => { problems.push({ list, row: index, key }); return null; };
  if (!name) return problem('options_about_name_missing');
  if (name.length > ABOUT_LIMITS.name || row.title.trim().length > ABOUT_LIMITS.title) return problem('options_about_too_long');
  const from = year(row.from);
  const to = row.current ? null : year(row.to);
  if (from === undefined || to === undefined) return problem('options_about_year_bad');
  if (from !== null && to !== null && to < from) return problem('options_about_year_order');

  const origin = row.origin;
  const stint: AboutStint = { name };
  if (origin?.pageKey && origin.name === name) stint.pageKey = origin.pageKey;
  if (list === 'employers' && row.title.trim()) stint.title = row.title.trim();
  if (from !== null) stint.start = origin?.start?.year === from ? origin.start : { year: from };
  if (to !== null) stint.end = origin?.end?.year === to ? origin.end : { year: to };
  if (row.current) stint.current = true;
  return stint;
}

/** A year, null when blank, undefined when not a plausible year. */
function year(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= MIN_YEAR && value <= MAX_YEAR ? value : undefined;
}
