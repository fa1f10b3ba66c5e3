// The Experience and Education cards of a profile (LINKEDIN.md §15): finding the card, its
// top-level entries, and each entry's own lines of text. Shared by experience.ts and
// education.ts; structure first (anchors, keys, list nesting), never the card's heading text.
import { parseDateRange } from './date-range';
import type { Scope } from './dom';
import { collapse } from './text';

export type SectionKind = 'experience' | 'education' | 'languages';

// era B/C (2022-2024): `section` whose first child is `div#experience` / `#education`
// (2022-*.html, 2024-*.html). era D (2026): a `section` keyed `…ExperienceTopLevelSection` /
// `…EducationTopLevelSection` (§13 key pattern; constructed/2026-own-profile-sections.html), or by
// testid (constructed/2026-profile-sections.html).
export const CARD = {
  experience: ['#experience', '[componentkey$="ExperienceTopLevelSection"]', '[data-testid^="profile_ExperienceTopLevelSection"]'],
  education: ['#education', '[componentkey$="EducationTopLevelSection"]', '[data-testid^="profile_EducationTopLevelSection"]'],
  // Languages: the same card shapes by analogy (no capture shows one; constructed/2024-profile-languages.html, 2026-profile-languages.html).
  languages: ['#languages', '[componentkey$="LanguagesTopLevelSection"]', '[data-testid^="profile_LanguagesTopLevelSection"]'],
} as const;

/** Each entry (and each nested role) is bounded by one of these: lines belong to the nearest. */
export const ENTRY = 'li, [componentkey^="entity-collection-item"]';
/** Era D with its keys re-rolled (a build renames them): every keyed component may be an entry. */
export const ENTRY_ANY_KEY = 'li, [componentkey]';
/** Era B/C print each text twice; the `aria-hidden` copy is the visible one. Era D uses `p`. */
export const LINE_B_C = 'span[aria-hidden="true"]';
export const LINE_D = 'p';
export const BOLD = '.t-bold, strong, b';

export interface SectionCard {
  root: Element;
  era: 'B/C' | 'D';
  /** What bounds an entry in this card (ENTRY, or ENTRY_ANY_KEY when no entry key is recognisable). */
  entry?: string;
}

/** Era D pages are built from keyed components (`componentkey`); older eras have none. */
export const KEYED = '[componentkey]';
/** Never the main column's cards. */
export const NOT_MAIN_COLUMN = 'aside, header, nav, footer';

const entryOf = (card: SectionCard) => card.entry ?? ENTRY;

/** The card of `kind` in the page's main column, or null. Sidebars and headers never hold one. */
export function findSectionCard(scope: Scope, kind: SectionKind): SectionCard | null {
  const [anchor, ...eraD] = CARD[kind];
  const byAnchor = scope.querySelector(anchor)?.closest('section');
  if (byAnchor) return { root: byAnchor, era: 'B/C' };
  for (const selector of eraD) {
    const found = scope.querySelector(selector);
    if (found) return withEntries({ root: found.closest('section') ?? found, era: 'D' });
  }
  return kind === 'languages' ? null : cardByContent(scope, kind);
}

/** Era D entries are keyed `entity-collection-item…`; when no key says so, any keyed component or list item. */
function withEntries(card: SectionCard): SectionCard {
  return card.root.querySelector(ENTRY) ? card : { ...card, entry: ENTRY_ANY_KEY };
}

/**
 * Era D without its keys and test ids (re-rolled or dropped by a build): the innermost main-column
 * section whose entries carry date ranges, told apart by meaning — entries linking to schools, or
 * years without months, are Education; to companies, or with months, Experience. Only on pages
 * built from keyed components (era D); older eras have their anchors.
 */
function cardByContent(scope: Scope, kind: SectionKind): SectionCard | null {
  for (const card of eraDCards(scope)) {
    const entries = topLevelEntries(card, 30);
    const ranges = entries.flatMap((e) => lines(card, e).map((l) => parseDateRange(l.text)).filter((r) => r !== null));
    if (ranges.length === 0) continue;
    const pages = entries.map(orgPageKey);
    const schools = pages.filter((p) => p?.startsWith('school/')).length;
    const companies = pages.filter((p) => p?.startsWith('company/')).length;
    const months = ranges.some((r) => r.start.month !== undefined || r.end?.month !== undefined);
    const education = schools !== companies ? schools > companies : !months;
    if (education === (kind === 'education')) return card;
  }
  return null;
}

/** Era D only: the innermost sections of the main column, each as a card (for finding one by its content). */
export function* eraDCards(scope: Scope): Generator<SectionCard> {
  if (!scope.querySelector(KEYED)) return;
  for (const root of Array.from(scope.querySelectorAll('section'))) {
    if (root.querySelector('section') || root.closest(NOT_MAIN_COLUMN)) continue;
    yield withEntries({ root, era: 'D' });
  }
}

/** The card's entries, in page order, without nested roles or descriptions. */
export function topLevelEntries(card: SectionCard, limit: number): Element[] {
  const entries: Element[] = [];
  const ENTRY = entryOf(card);
  for (const el of Array.from(card.root.querySelectorAll(ENTRY))) {
    if (entries.length >= limit) break;
    const outer = el.parentElement?.closest(ENTRY);
    // The card itself may be keyed like an entry (era D with its keys re-rolled): it bounds none.
    if (outer && outer !== card.root && card.root.contains(outer)) continue;
    if (lines(card, el).length > 0) entries.push(el);
  }
  return entries;
}

/** Entries nested in `entry` (a company's roles, or descriptions and media). */
export function nestedEntries(card: SectionCard, entry: Element): Element[] {
  const ENTRY = entryOf(card);
  return Array.from(entry.querySelectorAll(ENTRY)).filter((el) => el.parentElement?.closest(ENTRY) === entry);
}

export interface Line {
  text: string;
  bold: boolean;
  el: Element;
}

/** The entry's own lines (not those of entries nested in it), in order. */
export function lines(card: SectionCard, entry: Element): Line[] {
  const result: Line[] = [];
  for (const el of Array.from(entry.querySelectorAll(card.era === 'D' ? LINE_D : LINE_B_C))) {
    if (el.closest(entryOf(card)) !== entry) continue;
    const text = collapse(el.textContent ?? '');
    if (!text) continue;
    result.push({ text, bold: !!el.closest(BOLD) || !!el.querySelector(BOLD), el });
  }
  return result;
}

/**
 * The organisation's LinkedIn page as `company/<id>` or `school/<slug>`, from the entry's first
 * link to one; null for search links (organisations without a page) or no link.
 */
export function orgPageKey(entry: Element): string | null {
  for (const link of Array.from(entry.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    const m = /^(?:https:\/\/[a-z]{2,3}\.linkedin\.com)?\/(company|school)\/([\p{L}\p{N}_.%-]{1,100})\/?(?:[?#]|$)/u.exec(href);
    if (m) return `${m[1]}/${m[2]!.toLowerCase()}`;
  }
  return null;
}
