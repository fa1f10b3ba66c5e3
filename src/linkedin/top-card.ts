// Finding the profile's top card — the one place the profile reader looks. Profile pages repeat
// the person's name and Connect in a sticky header and show other people's Connect buttons in the
// sidebar (LINKEDIN.md §0), so everything the reader returns comes from inside this root.
import { profileKey } from '../core/profile-key';
import type { Scope } from './dom';
import { cardText, nameEvidence, sameName, type CardText } from './card-evidence';
import { isElement, safeMatches } from './dom';
import { cleanName, cleanText } from './text';

/** A = 2017-20 pv-top-card-section, BC = 2021-25 section[data-member-id], D = 2026 SDUI Topcard. */
export type Era = 'A' | 'BC' | 'D';

export interface TopCard {
  root: Element;
  era: Era;
  /** The heading that holds the member's name (confirmed by `signals`). */
  heading?: Element | null;
  /** What found and confirmed the card: 'key' (a known key/id/class) and the NameSignals. */
  signals?: string[];
  /** The page's menus (`[role=menu]`), found with the card when it was searched for in a whole page. */
  menus?: Element[];
  /** The card's title name, labels and first-name hints, as its confirmation read them. */
  text?: CardText;
}

// Keys, ids and classes that found the card in the saved and constructed pages. They only speed
// the search up: every card they find must still pass the name check, and when LinkedIn re-rolls
// them the structural search below finds the same card (tests/unit/linkedin/drift.test.ts).
export const TOP_CARD_BY_ERA: ReadonlyArray<readonly [Era, string]> = [
  // era D 2026: constructed/2026-profile-*.html. The Topcard key stands twice (div#key > div >
  // section[componentkey=key]); the first match is the outer div, which holds everything.
  ['D', '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]'],
  // era D 2026, same card by its id (LINKEDIN.md §13: "[id$=Topcard] also finds it").
  ['D', '[id^="com.linkedin.sdui.profile.card.ref"][id$="Topcard"]'],
  // era B/C 2022-2025: 2022-*.html, 2024-*.html (one per page; the sticky header is outside it).
  ['BC', 'main section.artdeco-card[data-member-id]'],
  // era B/C when the page was saved without <main> or the card lost its artdeco class.
  ['BC', 'section[data-member-id]'],
  // era A 2018: 2018-first-degree.html, 2018-own-profile.html.
  ['A', 'section.pv-top-card-section'],
];

/** A menu: era D renders the open More menu outside the card (connect-controls.ts). */
export const MENU = '[role="menu"]';
/** Headings that may hold the name: h2 in 2026, h1 before, and whatever level LinkedIn picks next. */
export const HEADING = 'h1, h2, h3, [role="heading"]';
/** Regions that repeat the name or show other people: never the card (§0, §13 decoys). */
export const NOT_THE_CARD = [
  '[role="toolbar"]', 'aside', 'nav', 'header', 'footer', '[role="complementary"]', 'dialog', '[role="dialog"]',
  '[role="alertdialog"]', '[role="menu"]',
  // era B/C sticky header duplicates (2024-*.html).
  '.pv-profile-sticky-header-v2__container', '.scaffold-layout-toolbar',
].join(', ');
/** The profile column: `main` (B-D), `div[role=main]` (era A 2018-*.html), else the whole page. */
export const COLUMN = 'main, [role="main"]';
/** The same as one selector: its first match in one walk of the page (a list walks it once per part). */
export const FIRST_COLUMN = `:where(${COLUMN})`;
/** A card's name is one of its first few headings (era B 2022 has company/school h2s after it). */
const HEADINGS_PER_CARD = 3;
/** Bounded work on pages without a card (feed, search): this many headings at most. */
const MAX_HEADINGS = 60;
const MAX_NAME_LENGTH = 150;

/**
 * The profile's top card, or null when the page has none (search, feed, excerpts) or when the
 * card is ambiguous (two people named in it): nothing is read rather than a wrong person.
 * The card is the first section of the profile column whose heading is the member's name,
 * confirmed by at least one independent signal (card-evidence.ts). `pageUrl` lets a link to the
 * page's own `/in/<slug>/` count as that signal.
 */
export function findTopCard(scope: Scope, pageUrl?: string | null): TopCard | null {
  try {
    const slug = pageUrl ? profileKey(pageUrl) : null;
    const pageSlug = slug === 'me' ? null : slug;
    const tried = new Set<Element>();
    const found = Array.from(scope.querySelectorAll(PAGE_WIDE));
    let card: TopCard | null | undefined;
    for (const [era, root] of keyedCandidates(scope, found)) {
      if (tried.has(root)) continue;
      tried.add(root);
      card = confirmCard(root, era, pageSlug, 'key');
      if (card !== undefined) break;
    }
    if (card === undefined) card = structuralCard(scope, pageSlug, tried);
    // Menus outside the scope are not in `found`: only a whole page lends its menus to the card.
    return card && (scope as Node).nodeType === 9 ? { ...card, menus: found.filter((el) => safeMatches(el, MENU)) } : card;
  } catch {
    // A scope without querySelector (a detached text node passed by mistake) has no top card.
    return null;
  }
}

/**
 * Everything the card search looks for across the whole page, found in one walk (a query per key
 * walked the page once each — the reader's main cost): every element a key could name (each key's
 * last compound, "section.artdeco-card[data-member-id]", is necessary for it to match) and the
 * page's menus (connect-controls.ts looks for the 2026 More menu, rendered outside the card).
 */
export const PAGE_WIDE = `:where(${[...TOP_CARD_BY_ERA.map(([, selector]) => selector.trim().split(/\s+/).pop()), MENU].join(', ')})`;

/** Cards by key, id or class, most specific first (for each key, its first match in page order). */
function* keyedCandidates(scope: Scope, found: readonly Element[]): Generator<readonly [Era, Element]> {
  if (isElement(scope)) {
    for (const [era, selector] of TOP_CARD_BY_ERA) if (safeMatches(scope, selector)) yield [era, scope];
  }
  for (const [era, selector] of TOP_CARD_BY_ERA) {
    const root = found.find((el) => safeMatches(el, selector));
    if (root) yield [era, root];
  }
}

function structuralCard(scope: Scope, pageSlug: string | null, tried: Set<Element>): TopCard | null {
  const column = (isElement(scope) && safeMatches(scope, COLUMN) ? scope : scope.querySelector(FIRST_COLUMN)) ?? scope;
  const headings = Array.from(column.querySelectorAll(HEADING)).slice(0, MAX_HEADINGS);
  if (isElement(scope) && safeMatches(scope, HEADING)) headings.unshift(scope);
  for (const heading of headings) {
    if (heading.closest(NOT_THE_CARD)) continue;
    const root = heading.closest('section') ?? (isElement(scope) && scope.contains(heading) ? scope : null);
    if (!root || tried.has(root)) continue;
    tried.add(root);
    const card = confirmCard(root, eraOf(root), pageSlug, 'structure');
    if (card !== undefined) return card;
  }
  return null;
}

/**
 * The card when one of its first headings is confirmed as the member's name; null when the card
 * names two people (or a label in it names someone else); undefined when this is not the card.
 */
function confirmCard(root: Element, era: Era, pageSlug: string | null, foundBy: 'key' | 'structure'): TopCard | null | undefined {
  const rootExcluded = root.closest(NOT_THE_CARD) !== null;
  let chosen: { heading: Element; name: string; signals: string[] } | null = null;
  let index = 0;
  let tried = 0;
  let text: CardText | null = null;
  for (const heading of Array.from(root.querySelectorAll(HEADING))) {
    if (tried === HEADINGS_PER_CARD) break;
    if (!rootExcluded && heading.closest(NOT_THE_CARD)) continue;
    tried++;
    const name = cleanName(cleanText(heading));
    if (!name || name.length > MAX_NAME_LENGTH) continue;
    const evidence = nameEvidence(root, heading, name, pageSlug, index++ === 0, (text ??= cardText(root)));
    if (evidence.signals.length === 0) continue;
    if (evidence.conflict) return null;
    if (chosen && !sameName(chosen.name, name)) return null;
    chosen ??= { heading, name, signals: [foundBy, ...evidence.signals] };
  }
  return chosen ? { root, era, heading: chosen.heading, signals: chosen.signals, ...(text && { text }) } : undefined;
}

/** Which era's field readers fit a card found by structure (their classes, when present). */
// Classes that tell a card found by structure its era: A 2018-*.html, B/C 2022-*.html and 2024-*.html.
export const ERA_A_CARD = '.pv-top-card-section';
export const ERA_A_MARKS = '.pv-top-card-section__name, .pv-top-card-v2-section__info';
export const ERA_BC_CARD = '.artdeco-card';
export const ERA_BC_MARKS = '.text-heading-xlarge, .pv-text-details__left-panel';

function eraOf(root: Element): Era {
  if (root.closest(ERA_A_CARD) || root.querySelector(ERA_A_MARKS)) return 'A';
  if (root.hasAttribute('data-member-id') || safeMatches(root, ERA_BC_CARD) || root.querySelector(ERA_BC_MARKS)) return 'BC';
  return 'D';
}

/** Era A keeps mutual connections in the Highlights card below the top card (2018-first-degree.html). */
export const ERA_A_HIGHLIGHTS = '.pv-highlights-section';

export const OWN_PROFILE_EVIDENCE = [
  // era B/C/D: the pencil next to the name links to the intro editor (2022-own-profile.html; §13).
  'a[href*="/edit/intro/"]',
  // era A: "Edit Profile" links to the top-card editor (2018-own-profile.html).
  'a[href*="/edit/topcard/"]',
  // era A/B: the own photo is an edit control rather than a picture (both own-profile pages).
  '.pv-top-card-section__edit-photo, .profile-photo-edit',
].join(', ');

/** False when nothing in `scope` is an owner's edit control: then no top card in it is the viewer's own. */
export function mayShowOwnCard(scope: Scope): boolean {
  return scope.querySelector(OWN_PROFILE_EVIDENCE) !== null;
}

/** Whether the top card is the viewer's own (edit controls are only rendered for the owner). */
export function isOwnTopCard(card: TopCard): boolean {
  return card.root.querySelector(OWN_PROFILE_EVIDENCE) !== null;
}

/** Links in the top card that name the profile's own URL, most reliable first. */
export const PROFILE_LINKS = [
  // eras B/C/D: Contact info overlay (2022-*.html, 2024-*.html; §13 "/in/<slug>/overlay/contact-info/").
  'a[href*="/overlay/contact-info/"]',
  // era A: contact details page (2018-*.html "/in/<slug>/detail/contact-info/").
  'a[href*="/detail/contact-info/"]',
  // era C: the name's "about this profile" overlay link (2024-*.html).
  'a[href*="/overlay/about-this-profile/"]',
  // era D: the name may be wrapped in a link to the profile itself (§13, April capture).
  'a[href^="/in/"], a[href^="https://www.linkedin.com/in/"]',
];

/** The profile's key (vanity slug) from its own links in the top card, or null. */
export function topCardVanity(card: TopCard): string | null {
  for (const selector of PROFILE_LINKS) {
    for (const link of Array.from(card.root.querySelectorAll(selector))) {
      const key = profileKey(link.getAttribute('href') ?? '');
      if (key && key !== 'me') return key;
    }
  }
  return null;
}
