// Top-card fields by era: name, headline, location, degree. Selectors sit beside the fixture
// files they must match; alternatives are tried in order. Company and school: profile-orgs.ts.
import { cleanName, cleanText, textOrNull } from './text';
import { DEGREE_MARK } from './i18n';
import { cardText } from './card-evidence';
import { queryFirst, visibility } from './dom';
import type { TopCard } from './top-card';

export type Degree = '1st' | '2nd' | '3rd';

export const NAME_BC_A = [
  // era A 2018: 2018-first-degree.html, 2018-own-profile.html.
  'h1.pv-top-card-section__name',
  // era B/C: h1.text-heading-xlarge (2022-*.html, 2024-*.html); late 2025 may drop the class.
  'h1.text-heading-xlarge',
  'h1',
];

/**
 * The name heading: the one findTopCard confirmed; else h1 in eras A-C and in era D the first h2
 * of the Topcard (there is no h1).
 */
export function nameHeading(card: TopCard): Element | null {
  if (card.heading) return card.heading;
  if (card.era === 'D') return card.root.querySelector('h1, h2');
  return queryFirst(card.root, NAME_BC_A);
}

export function readFullName(card: TopCard): string | null {
  return cleanName(cleanText(nameHeading(card)));
}

/** First names LinkedIn wrote into the card's labels ("Message Anu Priya", "Mateo has verifications"). */
export function firstNameHints(card: TopCard): string[] {
  // The card's confirmation read its labels already (card-evidence.ts cardText): not twice.
  return [...(card.text ?? cardText(card.root)).hints];
}

export const HEADLINE = [
  // era A 2018: 2018-*.html.
  'h2.pv-top-card-section__headline',
  // era C 2024: 2024-*.html carry the suggestion-target attribute on the headline div.
  '[data-generated-suggestion-target^="urn:li:fsu_profileActionDelegate"]',
  // era B/C: 2022-*.html, 2024-*.html.
  '.text-body-medium.break-words',
];

export function readHeadline(card: TopCard): string | null {
  if (card.era === 'D') return textOrNull(eraDParagraphsAfterName(card).find((p) => !isDegreeMark(p)));
  return textOrNull(queryFirst(card.root, HEADLINE));
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without relying on a global Node

/** Era D: the <p> elements after the name h2 that are not inside a link or control. */
function eraDParagraphsAfterName(card: TopCard): Element[] {
  const heading = nameHeading(card);
  if (!heading) return [];
  return Array.from(card.root.querySelectorAll('p')).filter(
    (p) =>
      (heading.compareDocumentPosition(p) & FOLLOWING) !== 0 &&
      !p.closest('a, button, [role="button"], [role="menu"]') &&
      cleanText(p).length > 0,
  );
}

const isDegreeMark = (p: Element) => DEGREE_MARK.test(cleanText(p));

export const LOCATION = [
  // era A 2018: 2018-*.html.
  'h3.pv-top-card-section__location',
  // era B/C: the span before the Contact info link (2022-*.html, 2024-*.html).
  'span.text-body-small.inline.t-black--light.break-words',
];
// The Contact info link: by id/href in eras B/C (2022-*.html, 2024-*.html); in era D its href is
// `/in/<slug>/overlay/contact-info/` (August) or `#` (April), and the photo and bell links share
// the overlay href without any text (§13). So: a link with text whose href is one of those shapes.
export const CONTACT_INFO_HREF = 'a#top-card-text-details-contact-info, a[href*="/overlay/contact-info/"], a[href*="/detail/contact-info/"]';
export const CONTACT_INFO_PLACEHOLDER = 'a[href="#"], a[href=""], a:not([href]), a[href^="javascript:"]';

/**
 * Location. Eras A-C by class; otherwise (era D, or classes gone) the text block that holds the
 * Contact info link: walk up from the link to the first node with a previous sibling, then take
 * the nearest previous sibling that is not a "·" separator (§13: "<p>loc</p><span>·</span><p><a>").
 */
export function readLocation(card: TopCard): string | null {
  if (card.era !== 'D') {
    const byClass = textOrNull(queryFirst(card.root, LOCATION));
    if (byClass) return byClass;
  }
  const link = contactInfoLink(card);
  let node: Element | null = link;
  while (node && node !== card.root && !node.previousElementSibling) node = node.parentElement;
  if (!node || node === card.root) return null;
  for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
    const text = cleanText(prev);
    if (text && !/^[·•|]$/.test(text)) return text;
  }
  return null;
}

function contactInfoLink(card: TopCard): Element | null {
  const heading = nameHeading(card);
  const usable = (a: Element) => cleanText(a).length > 0 && !(heading && (a.contains(heading) || heading.contains(a)));
  for (const selector of [CONTACT_INFO_HREF, CONTACT_INFO_PLACEHOLDER]) {
    const links = Array.from(card.root.querySelectorAll(selector)).filter(usable);
    // "The link in the last p of the location block" (§13): action anchors may share the href.
    const found = links.find((a) => a.closest('p')) ?? links[0];
    if (found) return found;
  }
  return null;
}

export const DEGREE_BADGE = [
  // eras A-C: the badge's visible value (2018-first-degree.html, 2022-*.html, 2024-*.html).
  '.distance-badge .dist-value',
  // eras A-C: its screen-reader sentence ("2nd degree connection").
  '.distance-badge .visually-hidden',
];

/**
 * The connection degree. Eras A-C: the distance badge. Era D renders "· 1st" and "· 2nd" and
 * hides one by CSS (§5, §13), so the degree comes from the one visible marker or not at all.
 */
export function readDegree(card: TopCard): Degree | null {
  if (card.era !== 'D') {
    const badge = queryFirst(card.root, DEGREE_BADGE);
    return degreeFromText(cleanText(badge));
  }
  const marks = eraDParagraphsAfterName(card).filter(isDegreeMark);
  if (marks.length === 0) return null;
  // Each mark's visibility once: the browser's answer costs a style computation.
  const seen = marks.map((p) => visibility(p, card.root));
  const visible = marks.filter((_, i) => seen[i] === 'visible');
  const chosen = marks.length === 1 && seen[0] !== 'hidden' ? marks[0]! : visible.length === 1 ? visible[0]! : null;
  return chosen ? degreeFromText(cleanText(chosen)) : null;
}

/** "2nd", "· 2e", "3rd+", "2nd degree connection", "Kontakt 2. Grades" → canonical degree. */
export function degreeFromText(text: string | null | undefined): Degree | null {
  const m = /(?<!\d)([123])(?!\d)/.exec(text ?? '');
  if (!m) return null;
  return m[1] === '1' ? '1st' : m[1] === '2' ? '2nd' : '3rd';
}
