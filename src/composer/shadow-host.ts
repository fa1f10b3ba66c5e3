// The composer lives in its own closed shadow root, under a host that says nothing about it.
// LinkedIn's scripts share this DOM: an open root (or a telling attribute) would let any of them
// detect Rapport, read the template names and the preview (the person's own name and interest)
// and press Insert. With a closed root, `host.shadowRoot` is null and the host is a bare <div>:
// no id, no class, no attribute, no text of its own. LinkedIn's styles do not leak in and ours do
// not leak out. The host is the only node Rapport adds to LinkedIn's DOM.

export interface ShadowMount {
  host: HTMLElement;
  /** Closed: only this module's caller holds it (never reachable from the page). */
  shadow: ShadowRoot;
  /** Where the Preact tree renders. */
  container: HTMLElement;
  remove(): void;
}

/** Creates a bare host, attaches a closed shadow root with `css`, and inserts it beside `anchor`. */
export function mountShadowHost(anchor: Element, css: string, where: 'before' | 'after' = 'after'): ShadowMount {
  const mount = createShadowHost(anchor.ownerDocument, css);
  placeHost(mount.host, anchor, where);
  return mount;
}

/** Puts `host` right before or after `anchor` (from wherever it was). */
export function placeHost(host: Element, anchor: Element, where: 'before' | 'after'): void {
  if (where === 'before') anchor.before(host);
  else anchor.after(host);
}

/**
 * The same host, not yet in the page: a view drawn into it before it is placed is built apart
 * from the page (each node's insertion then costs the page nothing), and placed once.
 */
export function createShadowHost(doc: Document, css: string): ShadowMount {
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  // :host { all: initial } cuts every inherited LinkedIn style at the boundary.
  style.textContent = `:host { all: initial; display: block; }\n${css}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  return { host, shadow, container, remove: () => host.remove() };
}
