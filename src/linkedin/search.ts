// People-search result cards. LinkedIn changed these three times in a few weeks of 2024
// (LINKEDIN.md §9), so the card is found by a short list of shapes and the person by the card's
// own /in/ link, never by position on the page.
import { profileKey } from '../core/profile-key';
import type { Scope } from './dom';
import { cleanName, cleanText } from './text';

export const RESULT_CARD = [
  // 2026 people search: div[role=listitem] holding p > a[href="/in/<slug>/"]
  // (constructed/2026-search-results.html; LINKEDIN.md §13 "People search").
  'div[role="listitem"]',
  // 2021-2024 entity results (constructed/2024-search-results-entity.html; §9 felladrin selectors).
  'li.reusable-search__result-container',
  '.entity-result',
  // 2019-20 (§9, unattributed): div.search-result__wrapper.
  'div.search-result__wrapper',
];
const RESULT_CARD_ANY = RESULT_CARD.join(', ');
export const PERSON_LINK = 'a[href*="/in/"]';
/** Era C prints the name twice; the aria-hidden copy is the one shown (constructed/2024-search-results-entity.html). */
export const SHOWN_COPY = 'span[aria-hidden="true"]';

/**
 * The result card holding an element, or null. The innermost card naming a person wins; an outer
 * card (2024: li around .entity-result) replaces it only when it names no one else.
 */
export function resultCardOf(el: Element): Element | null {
  let best: Element | null = null;
  for (let card = el.closest(RESULT_CARD_ANY); card; card = card.parentElement?.closest(RESULT_CARD_ANY) ?? null) {
    if (!card.querySelector(PERSON_LINK)) continue;
    if (best && peopleIn(card) > peopleIn(best)) break;
    best = card;
  }
  return best;
}

function peopleIn(card: Element): number {
  const keys = new Set<string>();
  for (const link of Array.from(card.querySelectorAll(PERSON_LINK))) {
    const key = profileKey(link.getAttribute('href') ?? '');
    if (key) keys.add(key);
  }
  return keys.size;
}

/** Every result card in a scope that names a person, in page order, without nesting. */
export function findResultCards(scope: Scope): Element[] {
  const cards: Element[] = [];
  for (const selector of RESULT_CARD) {
    for (const card of Array.from(scope.querySelectorAll(selector))) {
      if (!card.querySelector(PERSON_LINK)) continue;
      if (cards.some((c) => c.contains(card) || card.contains(c))) continue;
      cards.push(card);
    }
    if (cards.length > 0) break;
  }
  return cards;
}

export interface ResultPerson {
  name: string | null;
  vanity: string | null;
}

/** The person a result card shows: its first /in/ link with text (the name link, not the avatar). */
export function resultPerson(card: Element): ResultPerson {
  const link = personNameLink(card);
  const vanity = link ? profileKey(link.getAttribute('href') ?? '') : null;
  // 2024 entity results print the name twice: visible (aria-hidden) and "View X's profile".
  const visible = link?.querySelector(SHOWN_COPY) ?? link;
  return { name: cleanName(cleanText(visible)), vanity };
}

/**
 * The link that names a person in a row or card: the first /in/ link with text, skipping the
 * decorative avatar link (aria-hidden or out of the tab order) when a real one exists.
 */
export function personNameLink(row: Element): Element | null {
  const links = Array.from(row.querySelectorAll(PERSON_LINK)).filter((a) => cleanText(a).length > 0);
  const decorative = (a: Element) => a.getAttribute('aria-hidden') === 'true' || a.getAttribute('tabindex') === '-1';
  return links.find((a) => !decorative(a)) ?? links[0] ?? row.querySelector(PERSON_LINK);
}
