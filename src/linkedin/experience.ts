// The Experience card (LINKEDIN.md §15): each employer with its roles, titles and date ranges,
// as shown on the page the person is looking at. A single role reads "title / Company · type /
// dates / place"; a company with several roles shows the company and total duration, then one
// nested entry per role. Told apart by structure (nested entries with their own date lines),
// not by how many lines there are.
import { parseDateRange, type YearMonth } from './date-range';
import type { Scope } from './dom';
import { findSectionCard, lines, nestedEntries, orgPageKey, topLevelEntries, type Line, type SectionCard } from './profile-sections';

export interface ExperienceEntry {
  company: string | null;
  /** `company/<id>` when the entry links to the company's page. */
  companyPage: string | null;
  title: string | null;
  /** The date line as shown, without the duration; null when there is none. */
  dates: string | null;
  start: YearMonth | null;
  end: YearMonth | null;
  current: boolean;
}

/** More is not shown on a profile's card (the rest is behind "Show all"); bounded work per page. */
const MAX_ENTRIES = 50;
const MAX_ROLES = 20;

export function readExperience(scope: Scope): ExperienceEntry[] {
  try {
    const card = findSectionCard(scope, 'experience');
    if (!card) return [];
    const result: ExperienceEntry[] = [];
    for (const entry of topLevelEntries(card, MAX_ENTRIES)) result.push(...readEntry(card, entry));
    return result.slice(0, MAX_ENTRIES);
  } catch {
    return [];
  }
}

function readEntry(card: SectionCard, entry: Element): ExperienceEntry[] {
  const own = lines(card, entry);
  const page = orgPageKey(entry);
  const roles = nestedEntries(card, entry)
    .slice(0, MAX_ROLES)
    .map((el) => ({ el, lines: lines(card, el) }))
    .filter((role) => role.lines.some((l) => parseDateRange(l.text)) && !own.some((l) => parseDateRange(l.text)));
  if (roles.length > 0) {
    // A company with several roles: its name is the entry's first line.
    const company = companyName(own[0]?.text ?? null);
    return roles.map((role) => ({ ...dated(role.lines), company, companyPage: orgPageKey(role.el) ?? page, title: titleOf(role.lines) }));
  }
  const title = titleOf(own);
  const titleIndex = own.findIndex((l) => l.text === title);
  const next = own[titleIndex + 1];
  const company = next && !parseDateRange(next.text) ? companyName(next.text) : null;
  return [{ ...dated(own), company, companyPage: page, title }];
}

function dated(own: Line[]): Pick<ExperienceEntry, 'dates' | 'start' | 'end' | 'current'> {
  for (const line of own.slice(1)) {
    const range = parseDateRange(line.text);
    if (range) return { dates: range.text, start: range.start, end: range.end, current: range.current };
  }
  return { dates: null, start: null, end: null, current: false };
}

/** The role's title: its bold line, else its first. */
function titleOf(own: Line[]): string | null {
  return (own.find((l) => l.bold) ?? own[0])?.text ?? null;
}

/** "Acme · Full-time" → "Acme" (the employment type follows a middle dot). */
function companyName(line: string | null): string | null {
  const name = line?.split(/\s+·\s+/)[0]?.trim();
  return name ? name : null;
}
