// The composer lives in its own open shadow root so LinkedIn's styles do not leak in and ours
// do not leak out. The host element is the only node Rapport adds to LinkedIn's DOM.

export const COMPOSER_ATTR = 'data-rapport';

export interface ShadowMount {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the Preact tree renders. */
  container: HTMLElement;
  remove(): void;
}

/** Creates the host, attaches an open shadow root with `css`, and inserts it after `anchor`. */
export function mountShadowHost(anchor: Element, css: string, role = 'composer'): ShadowMount {
  const doc = anchor.ownerDocument;
  const host = doc.createElement('div');
  host.setAttribute(COMPOSER_ATTR, role);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // :host { all: initial } cuts every inherited LinkedIn style at the boundary.
  style.textContent = `:host { all: initial; display: block; }\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  anchor.after(host);
  return { host, shadow, container, remove: () => host.remove() };
}
