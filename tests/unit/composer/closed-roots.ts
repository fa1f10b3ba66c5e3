// The composer's root is closed: `host.shadowRoot` is null here as in the page. A composer test
// keeps the roots attachShadow hands out (a spy in the test only, nothing the build keeps), with
// `chrome` stubbed as given, and clears the page and the stubs after each test.
import { afterEach, beforeEach, vi } from 'vitest';

/** Registers the hooks; returns the roots attached in the current test, in order. */
export function keepClosedRoots(chrome: unknown): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  beforeEach(() => {
    vi.stubGlobal('chrome', chrome);
    roots.length = 0;
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
  });
  afterEach(() => {
    document.body.replaceChildren();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });
  return roots;
}

/** What the browser does for real input alone: an event with isTrusted true. */
export const trusted = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
