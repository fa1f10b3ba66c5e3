// Where, structurally, LinkedIn's dialogs and toasts can appear — so the content script watches
// only there and not the feed. Every saved page (tests/fixtures/linkedin: 2022–2024 full pages,
// constructed/ 2026 pages and dialogs) mounts its modals, toasts and menus in direct children of
// <body> that are not the application (the child holding <main>): #artdeco-modal-outlet,
// #interop-outlet's shadow root, a native <dialog>, a toast list. No id or class is required: a
// renamed outlet is still a body child beside the app, and a shadow root on one is found too.
// One exception lives inside the app: era C's messaging overlay (§14, the simulator's
// profile-2024 page), an <aside> the app keeps for its bubbles; era D draws them in the shadow root.
import type { Scope } from './dom';

/** Page content, which is the churn we do not want to watch (feed, lists, the profile). */
export const APP_CONTENT = 'main, [role="main"]';
/** A body child this large with no <main> yet is taken for the application while it renders. */
/** A body child that is itself a dialog is never the app, however big. */
export const DIALOG_ROOT = '[role="dialog"], dialog';
const LARGE_APP_ELEMENTS = 400;

export interface DialogContainers {
  /** Body children (and their open shadow roots) where a dialog can appear: watch with subtree. */
  scopes: Scope[];
  /** The application's own body child(ren): watched only on pages that need it. */
  app: Element[];
}

export function dialogContainers(doc: Document): DialogContainers {
  const body = doc.body;
  if (!body) return { scopes: [], app: [] };
  const scopes: Scope[] = [];
  const app: Element[] = [];
  for (const child of Array.from(body.children)) {
    if (isInert(child)) continue;
    if (isApplication(child)) {
      app.push(child);
      for (const overlay of messagingOverlays(doc, child)) {
        if (!scopes.some((s) => (s as Node).contains(overlay))) scopes.push(overlay);
      }
      continue;
    }
    scopes.push(child);
    if (child.shadowRoot) scopes.push(child.shadowRoot);
  }
  return { scopes, app };
}

/** A body child that never holds a dialog: a script, style, link, noscript or template. */
export function isInert(el: Element): boolean {
  const tag = el.localName;
  return tag === 'script' || tag === 'style' || tag === 'link' || tag === 'noscript' || tag === 'template';
}

function isApplication(el: Element): boolean {
  if (el.matches(APP_CONTENT) || el.querySelector(APP_CONTENT)) return true;
  // Before <main> is drawn: a big subtree with no dialog role of its own is the app.
  return el.getElementsByTagName('*').length > LARGE_APP_ELEMENTS && !el.matches(DIALOG_ROOT);
}

/**
 * The app's messaging overlay: LinkedIn's id (#msg-overlay) or class (.msg-overlay-container), or
 * an <aside> directly under the app root. In document order, without a selector run over the app
 * (thousands of elements on a busy page, at every load and body change): the id by the
 * document's id map, the class by the native class lookup, the <aside> among the app's children.
 */
function messagingOverlays(doc: Document, app: Element): Element[] {
  const byId = doc.getElementById('msg-overlay');
  const found = [
    ...(byId && app.contains(byId) ? [byId] : []),
    ...Array.from(app.getElementsByClassName('msg-overlay-container')),
    ...Array.from(app.children).filter((el) => el.localName === 'aside'),
  ];
  if (found.length < 2) return found;
  const unique = [...new Set(found)];
  return unique.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
