// The Connect controls a page offers, each with the person it invites: on a profile only the
// subject's (top card, plus the 2026 More menu rendered in a portal outside it); on a search
// page one per result. Anything else found (pasted fragments, other pages) is 'other'.
import { collectControls, isConnectControl, isInMenu, isPendingControl, type ConnectPlacement } from './connect';
import { documentOf, preferVisible, type Scope } from './dom';
import { invitee, inviteeFromControl, vanityFromHref, type Invitee } from './invitee';
import { readFullName } from './profile-fields';
import { findResultCards, resultCardOf } from './search';
import { findTopCard, topCardVanity, type TopCard } from './top-card';

export interface ConnectControl {
  element: Element;
  placement: ConnectPlacement;
  person: Invitee;
}

// era D 2026: menus render in a floating-ui portal at the end of body, outside the Topcard (§13;
// constructed/2026-profile-connect-in-more.html): `[data-floating-ui-portal] [role="menu"]`,
// `[popover] [role="menu"]`. Found as menus inside a portal: one walk of the page, not one per portal kind.
export const PORTAL_MENU = '[role="menu"]';
export const PORTAL = '[data-floating-ui-portal], [popover]';

export interface ProfileConnectState {
  primary: Element | null;
  more: Element | null;
  pending: Element | null;
}

/** The subject's Connect / Pending controls: in the top card, or in an open portal menu for them. */
export function profileConnectState(card: TopCard, vanity: string | null): ProfileConnectState {
  const inCard = collectControls(card.root, (el) => isConnectControl(el) || isPendingControl(el));
  const doc = documentOf(card.root);
  if (doc) {
    // The card found in a whole page brings the page's menus (one walk of the page, not two).
    for (const menu of card.menus ?? Array.from(doc.querySelectorAll(PORTAL_MENU))) {
      if (card.root.contains(menu) || !menu.parentElement?.closest(PORTAL)) continue;
      for (const el of collectControls(menu)) {
        const target = vanityFromHref(el.getAttribute('href'));
        // Scope by vanityName like linkedin-mcp-server does; a menu for someone else is ignored.
        if (!vanity || !target || target === vanity) inCard.push(el);
      }
    }
  }
  const pending = inCard.filter(isPendingControl);
  const connect = inCard.filter((el) => !isPendingControl(el));
  return {
    // Two action bars (wide and narrow layouts) repeat each control: keep the visible one.
    primary: preferVisible(connect.filter((el) => !isInMenu(el))),
    more: preferVisible(connect.filter(isInMenu)),
    pending: preferVisible(pending),
  };
}

/**
 * Connect controls on the page under `root`, each with its person. Profile: the subject's primary
 * and/or More-menu control. Search: one per result card. Otherwise every Connect control found,
 * placed 'more' when inside a menu and 'other' when not.
 */
export function findConnectControls(root: Scope): ConnectControl[] {
  try {
    const card = findTopCard(root);
    if (card) return profileControls(card);
    const results = findResultCards(root);
    if (results.length > 0) {
      return results.flatMap((result) => {
        const element = collectControls(result)[0];
        return element ? [{ element, placement: 'result' as const, person: inviteeFromControl(element) }] : [];
      });
    }
    return collectControls(root).map((element) => ({
      element,
      placement: isInMenu(element) ? ('more' as const) : resultCardOf(element) ? ('result' as const) : ('other' as const),
      person: inviteeFromControl(element),
    }));
  } catch {
    return [];
  }
}

function profileControls(card: TopCard): ConnectControl[] {
  const vanity = topCardVanity(card);
  const state = profileConnectState(card, vanity);
  const name = readFullName(card);
  const controls: ConnectControl[] = [];
  for (const [placement, element] of [['primary', state.primary], ['more', state.more]] as const) {
    if (!element) continue;
    const fromControl = inviteeFromControl(element);
    controls.push({ element, placement, person: invitee(name ?? fromControl.name, vanity ?? fromControl.vanity) });
  }
  return controls;
}
