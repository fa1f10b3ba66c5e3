// DOM helpers for the readers: ordered selector alternatives, labels, visibility, and the shadow
// roots LinkedIn's dialogs live in. Every function tolerates any markup and never throws on a
// missing node.

/** Anything the readers accept as where to look: a page, a subtree, or an open shadow root. */
export type Scope = Document | Element | ShadowRoot | DocumentFragment;

/** First match of the first alternative that matches (alternatives are ordered by preference). */
export function queryFirst(scope: Scope, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** A control LinkedIn shows as disabled (attribute, ARIA state or artdeco's class): a click does nothing. */
export function isDisabledControl(control: Element): boolean {
  return control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true' || control.classList.contains('artdeco-button--disabled');
}

export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The document a scope belongs to (a Document is its own). */
export function documentOf(scope: Scope | Node): Document | null {
  if ((scope as Node).nodeType === 9) return scope as Document;
  return (scope as Node).ownerDocument ?? null;
}

/** Screen-reader text of a control without an aria-label (2022 menu items: 2022-*.html). */
export const HIDDEN_LABEL = '.a11y-text, .visually-hidden';

/**
 * The accessible label LinkedIn wrote on a control: its aria-label, else an inner element's
 * aria-label (2026 menu items put it on an inner div), else its `.a11y-text` / `.visually-hidden`
 * text (2022 menu items have no aria-label at all).
 */
export function controlLabel(control: Element): string | null {
  const own = control.getAttribute('aria-label');
  if (own?.trim()) return own.trim();
  const inner = control.querySelector('[aria-label]')?.getAttribute('aria-label');
  if (inner?.trim()) return inner.trim();
  const hidden = control.querySelector(HIDDEN_LABEL);
  const text = hidden?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

export type Visibility = 'visible' | 'hidden' | 'unknown';

/**
 * Whether an element is rendered. Attributes first (cheap, and all a parsed document has), then
 * the browser's own answer. In a document without a window (DOMParser in a browser) the answer
 * is 'unknown', and callers that need visibility (the era-D degree) then read nothing.
 */
export function visibility(el: Element, stop?: Element | null): Visibility {
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return 'hidden';
    const inline = node.getAttribute('style');
    if (inline && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(inline)) return 'hidden';
  }
  const view = el.ownerDocument?.defaultView;
  if (!view) return 'unknown';
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  try {
    if (typeof check === 'function') return check.call(el, { visibilityProperty: true }) ? 'visible' : 'hidden';
    const style = view.getComputedStyle(el);
    return style.display === 'none' || style.visibility === 'hidden' ? 'hidden' : 'visible';
  } catch {
    return 'unknown';
  }
}

/** From elements that duplicate each other (wide and narrow action bars), the visible one. */
export function preferVisible<T extends Element>(elements: readonly T[]): T | null {
  if (elements.length <= 1) return elements[0] ?? null;
  return elements.find((el) => visibility(el) === 'visible') ?? elements[0] ?? null;
}

/**
 * The hosts whose open shadow roots hold LinkedIn's dialogs and (era D) its message bubbles.
 * 2026: an empty zero-height host at the end of body (LINKEDIN.md §7, §13, §14).
 */
export const SHADOW_HOSTS = [
  'div#interop-outlet',
  '[data-testid="interop-shadowdom"]',
];
const SHADOW_HOST = SHADOW_HOSTS.join(', ');

/** Whether `el` is one of those hosts (LinkedIn attaches its root after inserting it: no mutation says so). */
export function isShadowHost(el: Element): boolean {
  return el.matches(SHADOW_HOST);
}

/**
 * Where LinkedIn's dialogs can be — the invite dialog, a withdrawal's confirmation, a message
 * bubble: `root` itself and the open shadow roots of the known hosts under it.
 */
export function dialogScopes(root: Scope): Scope[] {
  const scopes: Scope[] = [root];
  for (const selector of SHADOW_HOSTS) {
    for (const host of Array.from(root.querySelectorAll(selector))) {
      if (host.shadowRoot && !scopes.includes(host.shadowRoot)) scopes.push(host.shadowRoot);
    }
  }
  return scopes;
}

/** The enabled button or link a click at `target` hit (LinkedIn's Send is either), or null. */
export function clickedControl(target: Element): Element | null {
  const control = target.closest('button, a, [role="button"]');
  return control && !isDisabledControl(control) ? control : null;
}
