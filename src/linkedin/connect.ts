// Recognising Connect and Pending controls, and where they sit. Callers pass a scope that is
// already narrowed (a top card, a search result, a menu), because profile pages are full of other
// people's Connect buttons (LINKEDIN.md §0).
import { controlLabel, isElement, safeMatches, type Scope } from './dom';
import { inviteLabelName, pendingLabelName } from './i18n';

/** Elements that can be a control; matches are narrowed by isConnectControl. */
export const CONTROL = 'a, button, [role="button"], [role="menuitem"], artdeco-dropdown-item';

export const CONNECT_HREF = [
  // era D 2026 profile, primary and More menu: /preload/custom-invite/?vanityName=<slug>
  // (2026-more-menu-and-invite-dialog-first-step.excerpt.html; constructed/2026-profile-*.html).
  '/preload/custom-invite/',
  // era D 2026 search results (constructed/2026-search-results.html; §9, §13).
  '/preload/search-custom-invite/',
];
export const CONNECT_ICON = [
  // era C 2024: connect-small / connect-medium icons on primary and dropdown items (2024-*.html).
  'svg[data-test-icon^="connect-"]',
  'use[href^="#connect-"]',
  // era D 2026: svg#connect-small inside the More-menu item (2026 excerpt).
  'svg[id^="connect-"]',
].join(', ');
// era A 2018-20: button.pv-s-profile-actions--connect (primary) and the same class on the
// artdeco-dropdown-item in More (LINKEDIN.md §6 table; no saved page shows it).
export const ERA_A_CONNECT = '.pv-s-profile-actions--connect';

/** The 2026 state key on a control or on its inner element: `ConnectButtonstate:…_connect` / `_pending`. */
/** era D 2026: the Connect button's state key, `ConnectButtonstate…_connect` / `…_pending` (§13). */
export const CONNECT_STATE_KEY = '[componentkey^="ConnectButtonstate"]';

function stateKey(control: Element): string {
  const own = control.getAttribute('componentkey');
  if (own?.startsWith('ConnectButtonstate')) return own;
  return control.querySelector(CONNECT_STATE_KEY)?.getAttribute('componentkey') ?? '';
}

export function isPendingControl(control: Element): boolean {
  if (stateKey(control).endsWith('_pending')) return true;
  return pendingLabelName(controlLabel(control)) !== null;
}

export function isConnectControl(control: Element): boolean {
  if (isPendingControl(control)) return false;
  const href = control.getAttribute('href') ?? '';
  if (CONNECT_HREF.some((part) => href.includes(part))) return true;
  if (stateKey(control).endsWith('_connect')) return true;
  if (safeMatches(control, ERA_A_CONNECT)) return true;
  if (inviteLabelName(controlLabel(control)) !== null) return true;
  return control.querySelector(CONNECT_ICON) !== null;
}

/**
 * A Connect control at `target` or around it, or null: a cheap first look (no walk of the page)
 * before the page's own controls are read (connect-controls.ts), for a pointer or key event.
 */
export function connectControlAt(target: Element): Element | null {
  for (let el = target.closest(CONTROL); el; el = el.parentElement?.closest(CONTROL) ?? null) {
    if (isConnectControl(el)) return el;
  }
  return null;
}

/** Connect (or Pending) controls in a scope, outermost only: a menu item and its inner div count once. */
export function collectControls(scope: Scope, accept: (el: Element) => boolean = isConnectControl): Element[] {
  const found: Element[] = [];
  const candidates = isElement(scope) && safeMatches(scope, CONTROL) ? [scope] : [];
  candidates.push(...Array.from(scope.querySelectorAll(CONTROL)));
  for (const el of candidates) {
    if (found.some((outer) => outer.contains(el))) continue;
    if (accept(el)) found.push(el);
  }
  return found;
}

export type ConnectPlacement = 'primary' | 'more' | 'result' | 'other';

export const MENU = [
  // era D 2026: [data-floating-ui-portal] [role=menu] a[role=menuitem] (§13), div[popover] (2026 excerpt).
  '[role="menu"]',
  '[role="menuitem"]',
  '[data-floating-ui-portal]',
  '[popover]',
  // era B/C: the More dropdown, rendered while closed (2022-third-degree…, 2024-follow-primary…).
  '.artdeco-dropdown__content',
  '.artdeco-dropdown__item',
  // era A: artdeco-dropdown-content / artdeco-dropdown-item elements.
  'artdeco-dropdown-content',
  'artdeco-dropdown-item',
].join(', ');

/** Whether a control sits in a More menu / dropdown rather than in plain view. */
export function isInMenu(control: Element): boolean {
  return control.closest(MENU) !== null;
}
