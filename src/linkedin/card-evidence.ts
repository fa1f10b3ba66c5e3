// Independent signals that a heading is the profile member's name (LINKEDIN.md §13, issue 16):
// the document title ("Name | LinkedIn", maybe "(3) " first), a link to `/in/<slug>/` around or
// beside the heading, and the labels LinkedIn writes for that member ("Invite X to connect",
// "Pending, … sent to X", "Message X", "View X’s verifications"). Keys, ids and classes are not
// signals: LinkedIn re-rolls them. A label naming someone else inside the card is a conflict.
import { profileKey } from '../core/profile-key';
import { documentOf } from './dom';
import { firstNameFromLabel, inviteLabelName, pendingLabelName } from './i18n';
import { cleanName, collapse, decodeEntities } from './text';

/** Links to a member's profile, wherever they sit in the card (2018-2026 pages). */
export const MEMBER_LINK = 'a[href*="/in/"]';

export type NameSignal = 'title' | 'link' | 'label';

export interface NameEvidence {
  signals: NameSignal[];
  /** A label in the card names a person who is not the displayed one. */
  conflict: boolean;
}

/** The name in a profile page's title: "(3) Lena Okafor | LinkedIn" → "Lena Okafor". */
export function titleName(title: string | null | undefined): string | null {
  // No "|", no name: the expression below is not even compiled on such a page.
  if (!title?.includes('|')) return null;
  const m = /^\s*(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn\s*$/i.exec(title ?? '');
  return m?.[1] ? cleanName(m[1]) : null;
}

/** The name in the page's title; only <head> is searched (document.title would search a page without one whole). */
function pageTitleName(root: Element): string | null {
  return titleName(documentOf(root)?.head?.querySelector('title')?.textContent);
}

// Compiling a Unicode-property expression is the costliest step of a cold read (~0.4 ms, more than
// the rest of nameWords on a whole card), so it is built only for a word that ends in a non-ASCII
// character; an ASCII end is a letter or digit by the table below, which gives the same answer.
let endPunctuation: RegExp | null = null;
const ASCII_ALNUM = /^[a-z0-9]$/i;
const asciiEnd = (c: string) => c.charCodeAt(0) < 128;

/** A word without the characters at its ends that are neither letters nor digits. */
function trimWord(w: string): string {
  const first = w[0];
  const last = w[w.length - 1];
  if (first === undefined || last === undefined) return w;
  if (asciiEnd(first) && asciiEnd(last)) {
    if (ASCII_ALNUM.test(first) && ASCII_ALNUM.test(last)) return w;
    let start = 0;
    let end = w.length;
    while (start < end && w.charCodeAt(start) < 128 && !ASCII_ALNUM.test(w[start]!)) start++;
    while (end > start && w.charCodeAt(end - 1) < 128 && !ASCII_ALNUM.test(w[end - 1]!)) end--;
    const inner = w.slice(start, end);
    // Non-ASCII punctuation right behind the ASCII one ("(«Anna»)"): the full rule decides.
    if (!inner || (asciiEnd(inner[0]!) && asciiEnd(inner[inner.length - 1]!))) return inner;
  }
  endPunctuation ??= /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
  return w.replace(endPunctuation, '');
}

/** The words of a name for comparison: entities decoded, case and punctuation at word ends ignored. */
export function nameWords(name: string): string[] {
  return collapse(decodeEntities(name).normalize('NFC').toLocaleLowerCase())
    .split(' ')
    .map(trimWord)
    .filter(Boolean);
}

/** Whether `part` is the whole name or a run of its whole words ("Ádám" in "Kovács Ádám"). */
export function isPartOfName(part: string, name: string): boolean {
  const p = nameWords(part);
  const n = nameWords(name);
  if (p.length === 0 || p.length > n.length) return false;
  for (let start = 0; start + p.length <= n.length; start++) {
    if (p.every((w, i) => n[start + i] === w)) return true;
  }
  return false;
}

export const sameName = (a: string, b: string) => nameWords(a).join(' ') === nameWords(b).join(' ');

/** Every person a label in `root` names: the full name (Invite, Pending) or a first name (Message, verifications). */
export function labelledNames(root: Element): Array<{ name: string; full: boolean }> {
  return cardText(root).labels;
}

/** What every heading of one card is checked against: the page title's name and the card's labels. */
export interface CardText {
  title: string | null;
  labels: Array<{ name: string; full: boolean }>;
  /** The first names the card's labels give, as written, each once (profile-fields.ts firstNameHints). */
  hints: string[];
}

/**
 * Read once per card (a card's first few headings are each checked against the same labels), in
 * one pass over its labels that also collects the first-name hints: each label's expressions run
 * once per read, and on a page load every one of them runs cold.
 */
export function cardText(root: Element): CardText {
  const labels: CardText['labels'] = [];
  const hints: string[] = [];
  for (const el of Array.from(root.querySelectorAll('[aria-label]'))) {
    const label = el.getAttribute('aria-label');
    const first = firstNameFromLabel(label);
    if (first && !hints.includes(first)) hints.push(first);
    const full = inviteLabelName(label) ?? pendingLabelName(label);
    const name = cleanName(full ?? first);
    if (name) labels.push({ name, full: full !== null });
  }
  return { title: pageTitleName(root), labels, hints };
}

/**
 * What confirms `name` (the text of `heading`) as the member of the card `root`. A profile link
 * counts when it wraps the heading, or when it is in the card and its slug is the page's
 * (`pageSlug`), or when every profile link in the card names one slug.
 * Such a card-wide link confirms only the card's first heading (`first`): it says "this is the
 * profile's card", not which text is the name.
 */
export function nameEvidence(root: Element, heading: Element, name: string, pageSlug: string | null, first: boolean, card: CardText = cardText(root)): NameEvidence {
  const signals: NameSignal[] = [];
  if (card.title && sameName(card.title, name)) signals.push('title');

  if (hasProfileLink(root, heading, pageSlug, first)) signals.push('link');

  let conflict = false;
  let labelled = false;
  for (const label of card.labels) {
    const fits = label.full ? sameName(label.name, name) : isPartOfName(label.name, name);
    if (fits) labelled = true;
    else conflict = true;
  }
  if (labelled) signals.push('label');
  return { signals, conflict };
}

function hasProfileLink(root: Element, heading: Element, pageSlug: string | null, first: boolean): boolean {
  const around = heading.closest('a[href]');
  if (around && root.contains(around)) {
    const slug = profileKey(around.getAttribute('href') ?? '');
    if (slug && slug !== 'me' && (!pageSlug || slug === pageSlug)) return true;
  }
  if (!first) return false;
  const slugs = new Set<string>();
  for (const link of Array.from(root.querySelectorAll(MEMBER_LINK))) {
    const slug = profileKey(link.getAttribute('href') ?? '');
    if (slug && slug !== 'me') slugs.add(slug);
  }
  // The page's own slug, or one slug throughout the card (a URL by member id, /in/ACoAA…, or a
  // test page served elsewhere still has a card that links to one person).
  return (!!pageSlug && slugs.has(pageSlug)) || slugs.size === 1;
}
