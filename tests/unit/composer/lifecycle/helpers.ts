// Shared steps of the lifecycle unit tests: constructed LinkedIn pages as live documents, markup
// snippets added to them, and a click the way the person makes one.
import { loadPage } from '../../linkedin/fixtures';

export { loadPage };

/** Parses `markup` and appends its elements to `parent` (in `parent`'s document). */
export function addMarkup(parent: Element | ShadowRoot, markup: string): Element {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  const doc = parent.ownerDocument ?? document;
  const nodes = Array.from(parsed.body.children).map((el) => doc.importNode(el, true));
  parent.append(...nodes);
  const first = nodes[0];
  if (!first) throw new Error('addMarkup: no element in the markup');
  return first;
}

/**
 * A click on `el` (the innermost element, as the browser targets it); never navigates. `trusted`
 * (the default) stands for the person's own click, which only the browser can make: happy-dom has
 * no isTrusted, so the test gives the event one. false: a page script's synthetic click.
 */
export function click(el: Element, trusted = true): void {
  el.ownerDocument.addEventListener('click', (e) => e.preventDefault(), { once: true });
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  el.dispatchEvent(event);
}

export function must<T extends Element = Element>(scope: ParentNode, selector: string): T {
  const el = scope.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}
