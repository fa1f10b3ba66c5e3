// Where, structurally, LinkedIn's dialogs and toasts can appear — so the content script watches
// only there and not the feed. Every saved page (tests/fixtures/linkedin: 2022–2024 full pages,
// constructed/ 2026 pages and dialogs) mounts its modals, toasts and menus in direct children of
// <body> that are not the application (the child holding <main>): #artdeco-modal-outlet,
// #interop-outlet's shadow root, a native <dialog>, a toast list. No id or class is required: a
// renamed outlet is still a body child beside the app, and a shadow root on one is found too.
// One exception lives inside the app: era C's messaging overlay (§14, the simulator's
// profile-2024 page), an <aside> the app keeps for its bubbles; era D draws them in the shadow root.
import type { Scope } from './dom';

/** The app's messaging overlay: LinkedIn's id or class, or an <aside> directly under the app root. */
export const MESSAGING_OVERLAY = '#msg-overlay, .msg-overlay-container, :scope > aside';

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
      for (const overlay of Array.from(child.querySelectorAll(MESSAGING_OVERLAY))) {
        if (!scopes.some((s) => (s as Node).contains(overlay))) scopes.push(overlay);
      }
      continue;
    }
    scopes.push(child);
    if (child.shadowRoot) scopes.push(child.shadowRoot);
  }
  return { scopes, app };
}

function isInert(el: Element): boolean {
  const tag = el.localName;
  return tag === 'script' || tag === 'style' || tag === 'link' || tag === 'noscript' || tag === 'template';
}

function isApplication(el: Element): boolean {
  if (el.matches(APP_CONTENT) || el.querySelector(APP_CONTENT)) return true;
  // Before <main> is drawn: a big subtree with no dialog role of its own is the app.
  return el.getElementsByTagName('*').length > LARGE_APP_ELEMENTS && !el.matches(DIALOG_ROOT);
}
