// Who an invitation is for, from the Connect control the person clicked. On a search page the
// person is the result card's, never the page's; on a profile, the top card's.
import { normalizeSlug, profileKey, profileUrlFromKey } from '../core/profile-key';
import { CONTROL } from './connect';
import { controlLabel } from './dom';
import { inviteLabelName, pendingLabelName } from './i18n';
import { readFullName } from './profile-fields';
import { resultCardOf, resultPerson } from './search';
import { cleanName } from './text';
import { findTopCard, topCardVanity } from './top-card';

/** The name as LinkedIn shows it: the composer splits it (core/names.ts) when it greets them. */
export interface Invitee {
  name: string | null;
  /** The profile key (lower-cased, decoded `/in/<slug>`), as profileKey() makes it. */
  vanity: string | null;
  profileUrl: string | null;
}

export function invitee(name: string | null, vanity: string | null): Invitee {
  return { name, vanity, profileUrl: vanity ? profileUrlFromKey(vanity) : null };
}

/** `vanityName=` of a deep-link href, else the `/in/<slug>` of a profile href (a Pending link). */
export function vanityFromHref(href: string | null | undefined): string | null {
  if (!href) return null;
  const vanityName = /[?&]vanityName=([^&#]+)/.exec(href)?.[1];
  if (vanityName) return normalizeSlug(vanityName.replace(/\+/g, ' '));
  return profileKey(href);
}

/**
 * The person a Connect (or Pending) control invites: the name in its label ("Invite X to
 * connect"), the slug in its href (`vanityName=`), then the enclosing result card's or top
 * card's own link and name. Accepts the control or anything inside it (the clicked span).
 */
export function inviteeFromControl(el: Element): Invitee {
  try {
    const control = el.closest(CONTROL) ?? el;
    const label = controlLabel(control);
    let name = cleanName(inviteLabelName(label) ?? pendingLabelName(label));
    let vanity = vanityFromHref(control.getAttribute('href'));
    const card = resultCardOf(control);
    if (card) {
      const person = resultPerson(card);
      vanity ??= person.vanity;
      name ??= person.name;
    } else {
      const topCard = findTopCardAround(control);
      if (topCard) {
        vanity ??= topCardVanity(topCard);
        name ??= readFullName(topCard);
      }
    }
    return invitee(name, vanity);
  } catch {
    return invitee(null, null);
  }
}

/** The top card that contains the control, if any (a control in a portal menu has none). */
function findTopCardAround(control: Element): ReturnType<typeof findTopCard> {
  const card = findTopCard(control.ownerDocument);
  return card && card.root.contains(control) ? card : null;
}
