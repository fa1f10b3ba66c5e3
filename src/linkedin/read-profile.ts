// readProfile: everything Rapport needs from a profile's top card, plus what it could not find.
// Scoped to the top card (LINKEDIN.md §0); never throws — unknown markup yields nulls and a list
// of missing fields that a health report lists (profileFindings, diagnostics.ts). The name is read, not split: the
// first names LinkedIn's own labels give travel with it, and whoever greets the person splits
// (core/names.ts splitName) — the background for the last profile, the composer for its note —
// so the script on every LinkedIn page carries no name rules.
import { profileKey, profileUrlFromKey } from '../core/profile-key';
import { profileConnectState } from './connect-controls';
import type { Scope } from './dom';
import { readMutualConnections, type MutualConnections } from './mutuals';
import { isProfile } from './page-kind';
import { firstNameHints, readDegree, readFullName, readHeadline, readLocation, type Degree } from './profile-fields';
import { readOrgs } from './profile-orgs';
import { findTopCard, isOwnTopCard, topCardVanity, type Era } from './top-card';

export type ConnectLocation = 'primary' | 'more' | 'none';

export interface ProfileRead {
  fullName: string | null;
  /** First names LinkedIn wrote in the card's labels ("Message Anu Priya"): splitName's hints. */
  firstNameHints: string[];
  headline: string | null;
  location: string | null;
  currentCompany: string | null;
  school: string | null;
  /** 'self' on one's own profile; null when the page shows no degree (or, in 2026, none visibly). */
  degree: Degree | 'self' | null;
  mutualConnections: MutualConnections | null;
  profileUrl: string | null;
  vanity: string | null;
  /**
   * Where Connect is: a primary action, inside More, or not offered. In 2026 the More menu is
   * rendered only when open, so a closed menu reads 'none' and lists 'connect' in `missing`.
   */
  connect: ConnectLocation;
  pending: boolean;
  /** Which era's top card was read; null when there is none. */
  era: Era | null;
  /** Names of the fields above that were not found (and 'topCard' when there is no top card). */
  missing: string[];
}

export const FIELDS = ['fullName', 'headline', 'location', 'currentCompany', 'school', 'degree', 'mutualConnections', 'vanity'] as const;

export function emptyProfile(): ProfileRead {
  return {
    fullName: null, firstNameHints: [], headline: null, location: null,
    currentCompany: null, school: null, degree: null, mutualConnections: null,
    profileUrl: null, vanity: null, connect: 'none', pending: false, era: null,
    missing: ['topCard', ...FIELDS],
  };
}

/**
 * Reads the profile under `root` (a document, or any subtree holding the top card). `pageUrl`
 * supplies the vanity when the card has no link to the profile; the card's own links win,
 * so `vanity` always describes the DOM that was read (compare it with the URL after SPA navigation).
 */
export function readProfile(root: Scope, pageUrl?: string): ProfileRead {
  const result = emptyProfile();
  try {
    const card = findTopCard(root, pageUrl);
    const urlVanity = pageUrl && isProfile(pageUrl) ? profileKey(pageUrl) : null;
    if (!card) {
      result.vanity = urlVanity;
      result.profileUrl = urlVanity ? profileUrlFromKey(urlVanity) : null;
      result.missing = ['topCard', ...FIELDS.filter((f) => result[f] === null)];
      return result;
    }
    result.era = card.era;
    result.fullName = readFullName(card);
    result.firstNameHints = firstNameHints(card);
    result.headline = readHeadline(card);
    result.location = readLocation(card);
    ({ currentCompany: result.currentCompany, school: result.school } = readOrgs(card));
    const own = isOwnTopCard(card);
    result.degree = own ? 'self' : readDegree(card);
    result.mutualConnections = own ? null : readMutualConnections(card);
    result.vanity = topCardVanity(card) ?? urlVanity;
    result.profileUrl = result.vanity ? profileUrlFromKey(result.vanity) : null;

    const state = own ? { primary: null, more: null, pending: null } : profileConnectState(card, result.vanity);
    result.connect = state.primary ? 'primary' : state.more ? 'more' : 'none';
    result.pending = state.pending !== null;

    result.missing = FIELDS.filter((f) => result[f] === null);
    const undetermined = card.era === 'D' && result.connect === 'none' && !result.pending && result.degree !== '1st' && !own;
    if (undetermined) result.missing.push('connect');
  } catch {
    // Markup we never anticipated: keep what was read so far; the fields left null are missing.
    result.missing = FIELDS.filter((f) => result[f] === null);
  }
  return result;
}
