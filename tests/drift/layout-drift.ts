// The drift generator's layout changes (tests only, see linkedin-drift.ts): the name heading
// re-levelled (h1, h2 or role=heading) and the Topcard's two action bars swapped (§13's wide and
// narrow layouts), as a redesign that keeps the words might.
import { cleanName, cleanText } from '../../src/linkedin/text';
import type { Change } from './linkedin-drift';

const all = (doc: Document, selector: string) => Array.from(doc.querySelectorAll(selector));

/** Every heading that shows the member's name (the card's, and the sticky header's if it is one). */
function nameHeadings(doc: Document, fullName: string): Element[] {
  return all(doc, 'h1, h2, h3, [role="heading"]').filter((h) => cleanName(cleanText(h)) === fullName);
}

export const relevel = (target: 'h1' | 'h2' | 'role'): Change => (doc, ctx) => {
  const headings = nameHeadings(doc, ctx.fullName);
  for (const heading of headings) {
    const next = doc.createElement(target === 'role' ? 'div' : target);
    for (const name of heading.getAttributeNames()) if (name !== 'role' && name !== 'aria-level') next.setAttribute(name, heading.getAttribute(name)!);
    if (target === 'role') {
      next.setAttribute('role', 'heading');
      next.setAttribute('aria-level', '1');
    }
    next.append(...Array.from(heading.childNodes));
    heading.replaceWith(next);
  }
  return headings.length;
};

const CONTROL = 'a, button, [role="button"]';
const MORE = 'button[aria-expanded], [aria-label="More"], [aria-label="More actions"]';

/** The bar around a More button: its nearest ancestor holding another control too. */
function actionBar(more: Element): Element | null {
  for (let node = more.parentElement; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (node.querySelectorAll(CONTROL).length >= 2) return node;
  }
  return null;
}

/**
 * The Topcard's two action bars (wide and narrow layouts, §13) swap places. Only in the section
 * that shows the member's name: an Experience entry's "see more" button (aria-expanded) sits in
 * a bar of its own, and swapping two entries would change the page's content, not its build.
 */
export const reorderActionBars: Change = (doc, ctx) => {
  const bars: Element[] = [];
  const named = nameHeadings(doc, ctx.fullName);
  for (const more of all(doc, MORE)) {
    if (more.closest('[role="toolbar"], aside, header, nav')) continue;
    const section = more.closest('section');
    if (named.length > 0 && !named.some((h) => section?.contains(h))) continue;
    const bar = actionBar(more);
    if (bar && !bars.some((b) => b.contains(bar) || bar.contains(b))) bars.push(bar);
  }
  const pairs: Array<[Element, Element]> = [];
  for (let i = 0; i + 1 < bars.length; i++) {
    const [a, b] = [bars[i]!, bars[i + 1]!];
    if (a.closest('section') && a.closest('section') === b.closest('section')) pairs.push([a, b]);
  }
  const [first] = pairs;
  if (!first) return 0;
  const [a, b] = first;
  const marker = doc.createComment('drift');
  b.replaceWith(marker);
  a.replaceWith(b);
  marker.replaceWith(a);
  return 2;
};
