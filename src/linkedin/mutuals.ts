// Mutual connections: "<strong>A</strong>, <strong>B</strong>, and 2 other mutual connections".
// The link is told from the person's own "500+ connections" link by its network facet: mutuals
// are a people search restricted to the viewer's first degree (network F only), or the 2026
// /mynetwork/mutual-connections/ page (LINKEDIN.md §5, §13).
import { AND_WORDS, afterMutualIntro, mentionsMutual } from './i18n';
import { cleanName, cleanText, collapse, firstInteger } from './text';
import { ERA_A_HIGHLIGHTS, type TopCard } from './top-card';

export interface MutualConnections {
  count: number;
  names: string[];
}

export const MUTUAL_LINK_CANDIDATES = [
  // era C 2024: facetNetwork="F"&facetConnectionOf="ACoAA…" (2024-connect-primary-mutuals.html).
  // era A 2018: same facets in the Highlights card (2018-first-degree.html).
  'a[href*="facetConnectionOf"]',
  // era D 2026: network=["F"]&connectionOf=[…] (constructed/2026-profile-connect-primary.html).
  'a[href*="connectionOf"]',
  // era D 2026 (August capture): /mynetwork/mutual-connections/ACoAA…/ (constructed/2026-profile-first-degree.html).
  'a[href*="/mutual-connections/"]',
].join(', ');
/** Era C prints the sentence twice; the aria-hidden copy is the one shown (2024-connect-primary-mutuals.html). */
export const SHOWN_COPY = 'span[aria-hidden="true"]';
/** Era A's Highlights entity: the count line and the sentence (2018-first-degree.html). */
export const ERA_A_HIGHLIGHT_PRIMARY = '.pv-highlight-entity__primary-text';
export const ERA_A_HIGHLIGHT_SECONDARY = '.pv-highlight-entity__secondary-text';

/** True for a people search limited to first degree (F), false for the F+S "connections" link. */
export function isMutualHref(href: string): boolean {
  if (href.includes('/mutual-connections/')) return true;
  let url: URL;
  try {
    url = new URL(href, 'https://www.linkedin.com/');
  } catch {
    return false;
  }
  const network = url.searchParams.get('facetNetwork') ?? url.searchParams.get('network');
  if (!network) return false;
  const values = network.replace(/[[\]"'\s]/g, '').split(',').filter(Boolean);
  return values.length === 1 && values[0] === 'F';
}

export function readMutualConnections(card: TopCard): MutualConnections | null {
  const scope = card.era === 'A' ? card.root.ownerDocument.querySelector(ERA_A_HIGHLIGHTS) : card.root;
  if (!scope) return null;
  const link = findMutualLink(scope);
  return link ? parseMutualLink(link) : null;
}

function findMutualLink(scope: Element): Element | null {
  for (const a of Array.from(scope.querySelectorAll(MUTUAL_LINK_CANDIDATES))) {
    if (isMutualHref(a.getAttribute('href') ?? '') && cleanText(a)) return a;
  }
  // An href shape we do not know yet: fall back to the words of the sentence.
  for (const a of Array.from(scope.querySelectorAll('a'))) {
    if (mentionsMutual(cleanText(a))) return a;
  }
  return null;
}

/**
 * Names are the <strong> elements; the count is names + the number in the rest of the sentence.
 * Era C prints the sentence twice (aria-hidden copy and .visually-hidden copy): read one copy.
 * Era A has no <strong>: "16 Mutual Connections / You and Devin both know A, B, and 14 others".
 */
export function parseMutualLink(link: Element): MutualConnections | null {
  const copy = link.querySelector(SHOWN_COPY) ?? link;
  const names = unique(Array.from(copy.querySelectorAll('strong')).map((s) => cleanName(s.textContent)));
  if (names.length > 0) {
    return { count: names.length + (firstInteger(textOutsideStrong(copy)) ?? 0), names };
  }
  return parseHighlightsSentence(link);
}

function parseHighlightsSentence(link: Element): MutualConnections | null {
  const secondary = link.querySelector(ERA_A_HIGHLIGHT_SECONDARY) ?? link.parentElement?.querySelector(ERA_A_HIGHLIGHT_SECONDARY);
  const primaryTotal = firstInteger(cleanText(link.querySelector(ERA_A_HIGHLIGHT_PRIMARY) ?? link));
  const sentence = cleanText(secondary);
  const list = sentence ? afterMutualIntro(sentence) : null;
  if (!list) return primaryTotal !== null ? { count: primaryTotal, names: [] } : null;
  const names: string[] = [];
  let others = 0;
  const andWords = AND_WORDS.join('|');
  for (const rawPart of list.split(/,\s*/)) {
    const part = collapse(rawPart.replace(new RegExp(`^(?:${andWords})\\s+`, 'i'), ''));
    if (!part) continue;
    // "and 14 others" ends the list; a part that is only a number with a word is the remainder.
    const remainder = /^(\d+)\s+\S+$/.exec(part);
    if (remainder) others = Number(remainder[1]);
    else names.push(...part.split(new RegExp(`\\s+(?:${andWords})\\s+`, 'i')).map((n) => n.trim()).filter(Boolean));
  }
  const count = Math.max(names.length + others, primaryTotal ?? 0);
  return { count, names: unique(names) };
}

/** The sentence without the names, so a name like "Sample Person 15" never reads as a count. */
function textOutsideStrong(node: Node): string {
  let text = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) text += child.textContent ?? '';
    else if (child.nodeType === 1 && (child as Element).tagName !== 'STRONG') text += ' ' + textOutsideStrong(child);
  }
  return text;
}

function unique(values: ReadonlyArray<string | null>): string[] {
  const out: string[] = [];
  for (const v of values) if (v && !out.includes(v)) out.push(v);
  return out;
}
