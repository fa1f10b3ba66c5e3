// The Languages card of a profile (issue 20): the languages the member lists, as written, for the
// "shared language" talking point. No saved page or capture shows this card; its shapes are those
// of the Experience/Education cards (LINKEDIN.md §15) by analogy (constructed/2024-profile-languages.html, 2026-profile-languages.html).
// Two independent signals: where it is (the card's anchor or key, else an era-D main-column card)
// and what it says (every entry's first line is the name of a language in one of the readers' UI
// languages). Only the name is read; the proficiency line after it is not.
import { knownLanguageKey } from '../core/talking-points/languages';
import type { Scope } from './dom';
import { eraDCards, findSectionCard, lines, topLevelEntries, type SectionCard } from './profile-sections';
import { parseDateRange } from './date-range';

export interface LanguageEntry {
  /** The language as the page writes it ("Deutsch", "English"). */
  name: string;
  /** Its ISO 639 code ("de"): "German" and "Deutsch" are one language. */
  code: string;
}

/** More is not shown on a profile's card (the rest is behind "Show all"); bounded work per page. */
const MAX_ENTRIES = 20;

export function readLanguages(scope: Scope): LanguageEntry[] {
  try {
    const card = findSectionCard(scope, 'languages') ?? cardByNames(scope);
    if (!card) return [];
    const result: LanguageEntry[] = [];
    for (const entry of topLevelEntries(card, MAX_ENTRIES)) {
      const name = lines(card, entry)[0]?.text;
      const code = name ? knownLanguageKey(name) : null;
      // An entry that names no known language (free text, a hostile string) is not read as one.
      if (name && code && !result.some((known) => known.code === code)) result.push({ name, code });
    }
    return result;
  } catch {
    return [];
  }
}

/**
 * Era D with the card's key re-rolled: the main-column card where most entries start with a
 * language's name and none carries a date range (Experience and Education cards do).
 */
function cardByNames(scope: Scope): SectionCard | null {
  for (const card of eraDCards(scope)) {
    const entries = topLevelEntries(card, MAX_ENTRIES).map((entry) => lines(card, entry));
    if (entries.some((entryLines) => entryLines.some((line) => parseDateRange(line.text)))) continue;
    const named = entries.filter((entryLines) => entryLines[0] && knownLanguageKey(entryLines[0].text)).length;
    if (named > 0 && named * 2 > entries.length) return card;
  }
  return null;
}
