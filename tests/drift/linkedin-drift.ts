// A drift generator for tests (never shipped): applies to any saved LinkedIn page the kinds of
// change LinkedIn has made between releases, so a reader that keeps every field through all of
// them reads by structure and meaning rather than by one attribute. Each change works in place on
// a parsed Document, is deterministic (a seeded generator, no Math.random) and returns how many
// nodes it changed, so a test can tell a change that applied from one that found nothing to do.
//
// What "re-rolled" means here, and why: LinkedIn re-rolls the values it generates — component
// keys, generated ids (`ember123`, `com.linkedin…Topcard`, `company-accent-4`), hashed class names
// (`_5c0d81e2`, era C's `DmIBHEJZxKwa…`) — while design-system names (`artdeco-card`,
// `pv-top-card-section`, `text-heading-xlarge`) and section anchors (`#experience`) are words it
// keeps or renames only with a redesign (a new era, covered by its own fixtures). References are
// rewritten consistently (a class in a <style> rule, an id in `for`/`aria-labelledby`), as a real
// build would.
import { relevel, reorderActionBars } from './layout-drift';

export type DriftName =
  | 'keys' | 'ids' | 'classes' | 'data-attributes' | 'wrap-text' | 'unwrap-spans' | 'wrapper-divs'
  | 'heading-h1' | 'heading-h2' | 'heading-role' | 'action-bars';

export interface DriftContext {
  /** The member's displayed name, to find the name heading(s) to re-level. */
  fullName: string;
  seed?: number;
}

/** One kind of change, in place; returns how many nodes it changed. */
export type Change = (doc: Document, ctx: DriftContext, random: () => number) => number;

/** mulberry32: a small seeded generator, so every run drifts a page the same way. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const token = (random: () => number, length = 8) =>
  Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
const uuid = (random: () => number) => `${token(random)}-${token(random, 4)}-4${token(random, 3)}-a${token(random, 3)}-${token(random, 12)}`;

const all = (doc: Document, selector: string) => Array.from(doc.querySelectorAll(selector));

const rerollKeys: Change = (doc, _ctx, random) => {
  const map = new Map<string, string>();
  let changed = 0;
  for (const el of all(doc, '[componentkey]')) {
    const old = el.getAttribute('componentkey')!;
    if (!map.has(old)) map.set(old, uuid(random));
    el.setAttribute('componentkey', map.get(old)!);
    changed++;
  }
  // The Topcard's id is its key (§13): it changes with it.
  for (const el of all(doc, '[id]')) {
    const next = map.get(el.id);
    if (next) el.id = next;
  }
  return changed;
};

const GENERATED_ID = /\d|[.:]|^.{24,}$/;
const ID_REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns'];

const rerollIds: Change = (doc, _ctx, random) => {
  const map = new Map<string, string>();
  for (const el of all(doc, '[id]')) {
    if (!GENERATED_ID.test(el.id)) continue;
    const next = `ember${Math.floor(random() * 1e6)}${token(random, 4)}`;
    map.set(el.id, next);
    el.id = next;
  }
  for (const name of ID_REFERENCES) {
    for (const el of all(doc, `[${name}]`)) {
      el.setAttribute(name, el.getAttribute(name)!.split(/\s+/).map((id) => map.get(id) ?? id).join(' '));
    }
  }
  for (const el of all(doc, 'a[href^="#"], use[href^="#"]')) {
    const next = map.get(el.getAttribute('href')!.slice(1));
    if (next) el.setAttribute('href', `#${next}`);
  }
  return map.size;
};

/** Class names a build generates: era D `_5c0d81e2` / `b033cbbe`, era C `DmIBHEJZxKwaIofLzKho…`. */
const HASHED_CLASS = /^_?[0-9a-f]{6,10}$|^[A-Za-z]{20,}$/;

const rehashClasses: Change = (doc, _ctx, random) => {
  const map = new Map<string, string>();
  let changed = 0;
  for (const el of all(doc, '[class]')) {
    const classes = Array.from(el.classList);
    if (!classes.some((c) => HASHED_CLASS.test(c))) continue;
    const next = classes.map((c) => {
      if (!HASHED_CLASS.test(c)) return c;
      if (!map.has(c)) map.set(c, `_${token(random)}`);
      return map.get(c)!;
    });
    el.setAttribute('class', next.join(' '));
    changed++;
  }
  for (const style of all(doc, 'style')) {
    style.textContent = (style.textContent ?? '').replace(/\.(-?[_A-Za-z][\w-]*)/g, (whole, name: string) => (map.has(name) ? `.${map.get(name)}` : whole));
  }
  return changed;
};

const DROPPED = /^data-(?:test|view-name$|sdui)/;

const dropDataAttributes: Change = (doc) => {
  let changed = 0;
  for (const el of all(doc, '*')) {
    for (const name of el.getAttributeNames()) {
      if (DROPPED.test(name)) {
        el.removeAttribute(name);
        changed++;
      }
    }
  }
  return changed;
};

const NO_MARKUP_INSIDE = 'script, style, title, textarea, option, code, svg, template, head';

const wrapText: Change = (doc) => {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || parent.tagName === 'SPAN' || parent.closest(NO_MARKUP_INSIDE)) continue;
    texts.push(node as Text);
  }
  for (const text of texts) {
    const span = doc.createElement('span');
    text.replaceWith(span);
    span.append(text);
  }
  return texts.length;
};

/** Spans that only style text (no attributes, or only generated classes) are what a build drops. */
const unwrapSpans: Change = (doc) => {
  const spans = all(doc, 'body span').filter((span) =>
    span.getAttributeNames().every((name) => name === 'class' && Array.from(span.classList).every((c) => HASHED_CLASS.test(c))),
  );
  for (const span of spans) span.replaceWith(...Array.from(span.childNodes));
  return spans.length;
};

const NOT_WRAPPED = new Set(['HTML', 'HEAD', 'BODY', 'SCRIPT', 'STYLE', 'LI', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'OPTION', 'DT', 'DD', 'SUMMARY']);

// Inside these nothing is wrapped (markup, not layout); the children of lists and tables keep
// their parents (an <li> in a <div> would no longer be a list item).
const SKIPPED_SUBTREES = new Set(['SVG', 'svg', 'HEAD', 'SELECT', 'SCRIPT', 'STYLE', 'TEMPLATE']);
const KEEPS_ITS_CHILDREN = new Set(['UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR']);

const wrapperDivs: Change = (doc, _ctx, random) => {
  const targets: Element[] = [];
  const visit = (el: Element) => {
    const keeps = KEEPS_ITS_CHILDREN.has(el.tagName);
    for (const child of Array.from(el.children)) {
      if (!keeps && !NOT_WRAPPED.has(child.tagName) && random() < 0.3) targets.push(child);
      if (!SKIPPED_SUBTREES.has(child.tagName)) visit(child);
    }
  };
  visit(doc.body);
  for (const el of targets) {
    const wrapper = doc.createElement('div');
    el.parentNode!.insertBefore(wrapper, el);
    wrapper.appendChild(el);
  }
  return targets.length;
};

export const DRIFTS: Readonly<Record<DriftName, Change>> = {
  keys: rerollKeys,
  ids: rerollIds,
  classes: rehashClasses,
  'data-attributes': dropDataAttributes,
  'wrap-text': wrapText,
  'unwrap-spans': unwrapSpans,
  'wrapper-divs': wrapperDivs,
  'heading-h1': relevel('h1'),
  'heading-h2': relevel('h2'),
  'heading-role': relevel('role'),
  'action-bars': reorderActionBars,
};

/** Combinations: everything at once, once with spans unwrapped and once with text wrapped. */
export const COMBINED: Readonly<Record<string, readonly DriftName[]>> = {
  'all, spans unwrapped, role=heading': ['keys', 'ids', 'classes', 'data-attributes', 'unwrap-spans', 'wrapper-divs', 'heading-role', 'action-bars'],
  'all, text wrapped, h1': ['keys', 'ids', 'classes', 'data-attributes', 'wrap-text', 'wrapper-divs', 'heading-h1', 'action-bars'],
  'all, text wrapped, h2': ['keys', 'ids', 'classes', 'data-attributes', 'wrap-text', 'wrapper-divs', 'heading-h2', 'action-bars'],
};

/** Applies the named changes in order; returns how many nodes each changed. */
export function drift(doc: Document, names: readonly DriftName[], ctx: DriftContext): Record<string, number> {
  const random = seeded(ctx.seed ?? 16);
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = DRIFTS[name](doc, ctx, random);
  return counts;
}
