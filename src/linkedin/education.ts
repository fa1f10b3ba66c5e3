// The Education card (LINKEDIN.md §15): each school with its years. An entry reads "School /
// Degree, Field / years / Grade… / Activities…", and any line but the school can be missing.
import { parseDateRange, type YearMonth } from './date-range';
import type { Scope } from './dom';
import { findSectionCard, lines, orgPageKey, topLevelEntries } from './profile-sections';

export interface EducationEntry {
  school: string;
  /** `school/<slug>` or `company/<id>` when the entry links to the school's page. */
  schoolPage: string | null;
  /** The years as shown; null when the entry has none. */
  dates: string | null;
  start: YearMonth | null;
  end: YearMonth | null;
  current: boolean;
}

const MAX_ENTRIES = 30;

export function readEducation(scope: Scope): EducationEntry[] {
  try {
    const card = findSectionCard(scope, 'education');
    if (!card) return [];
    const result: EducationEntry[] = [];
    for (const entry of topLevelEntries(card, MAX_ENTRIES)) {
      const own = lines(card, entry);
      const school = own[0]?.text;
      if (!school) continue;
      const range = own.slice(1).map((l) => parseDateRange(l.text)).find(Boolean) ?? null;
      result.push({
        school,
        schoolPage: orgPageKey(entry),
        dates: range?.text ?? null,
        start: range?.start ?? null,
        // "2019" alone is the year of graduation (or the one year there).
        end: range ? (range.end ?? (range.current ? null : range.start)) : null,
        current: range?.current ?? false,
      });
    }
    return result;
  } catch {
    return [];
  }
}
