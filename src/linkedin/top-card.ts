// Finding the profile's top card — the one place the profile reader looks. Profile pages repeat
// the person's name and Connect in a sticky header and show other people's Connect buttons in the
// sidebar (LINKEDIN.md §0), so everything the reader returns comes from inside this root.
import { profileKey } from '../core/profile-key';
import type { Scope } from './dom';
import { isElement, safeMatches } from './dom';

/** A = 2017-20 pv-top-card-section, BC = 2021-25 section[data-member-id], D = 2026 SDUI Topcard. */
export type Era = 'A' | 'BC' | 'D';

export interface TopCard {
  root: Element;
  era: Era;
}

const TOP_CARD_BY_ERA: ReadonlyArray<readonly [Era, string]> = [
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

/** The profile's top card, or null when the page has none (search, feed, excerpts). */
export function findTopCard(scope: Scope): TopCard | null {
  try {
    if (isElement(scope)) {
      for (const [era, selector] of TOP_CARD_BY_ERA) if (safeMatches(scope, selector)) return { root: scope, era };
    }
    for (const [era, selector] of TOP_CARD_BY_ERA) {
      const root = scope.querySelector(selector);
      if (root) return { root, era };
    }
  } catch {
    // A scope without querySelector (a detached text node passed by mistake) has no top card.
  }
  return null;
}

/** Era A keeps mutual connections in the Highlights card below the top card (2018-first-degree.html). */
export const ERA_A_HIGHLIGHTS = '.pv-highlights-section';

const OWN_PROFILE_EVIDENCE = [
  // era B/C/D: the pencil next to the name links to the intro editor (2022-own-profile.html; §13).
  'a[href*="/edit/intro/"]',
  // era A: "Edit Profile" links to the top-card editor (2018-own-profile.html).
  'a[href*="/edit/topcard/"]',
  // era A/B: the own photo is an edit control rather than a picture (both own-profile pages).
  '.pv-top-card-section__edit-photo, .profile-photo-edit',
].join(', ');

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
