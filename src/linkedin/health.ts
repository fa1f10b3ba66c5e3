// A one-look summary of how well the reader understands the current page, for the UI and for
// bug reports ("LinkedIn changed X"): what it found, what it expected and missed.
import { findConnectControls } from './connect-controls';
import { findInviteDialog } from './dialog';
import { documentOf, type Scope } from './dom';
import { pageKind, type PageKind } from './page-kind';
import { readProfile } from './read-profile';
import { findResultCards } from './search';
import { readSentInvitations } from './sent';
import { findTopCard, isOwnTopCard } from './top-card';

export interface Health {
  kind: PageKind;
  found: string[];
  missing: string[];
  /** The essentials for this kind of page were found (always true for kinds we do not read). */
  ok: boolean;
}

const PROFILE_ESSENTIALS = ['topCard', 'fullName', 'vanity'];

export function health(root: Scope, pageUrl?: string): Health {
  const report: Health = { kind: 'other', found: [], missing: [], ok: true };
  try {
    report.kind = kindOf(root, pageUrl);
    switch (report.kind) {
      case 'profile':
      case 'own-profile': {
        const read = readProfile(root, pageUrl);
        report.missing = read.missing;
        report.found = read.era ? ['topCard'] : [];
        for (const [field, value] of Object.entries(read)) {
          if (value !== null && !['missing', 'era', 'connect', 'pending', 'profileUrl'].includes(field)) report.found.push(field);
        }
        if (read.connect !== 'none') report.found.push(`connect:${read.connect}`);
        if (read.pending) report.found.push('pending');
        report.ok = PROFILE_ESSENTIALS.every((f) => !read.missing.includes(f));
        break;
      }
      case 'search-results': {
        const cards = findResultCards(root);
        const controls = findConnectControls(root);
        (cards.length > 0 ? report.found : report.missing).push('results');
        if (controls.length > 0) report.found.push('connectControls');
        report.ok = cards.length > 0;
        break;
      }
      case 'sent-invitations': {
        const rows = readSentInvitations(root);
        (rows.length > 0 ? report.found : report.missing).push('rows');
        if (rows.some((r) => r.withdrawControl)) report.found.push('withdrawControls');
        report.ok = rows.length > 0;
        break;
      }
      case 'invite-deep-link':
        break;
      default:
        break;
    }
    const dialog = findInviteDialog(root);
    if (dialog) report.found.push('inviteDialog', `stage:${dialog.stage}`);
    else if (report.kind === 'invite-deep-link') {
      report.missing.push('inviteDialog');
      report.ok = false;
    }
  } catch {
    report.ok = false;
  }
  return report;
}

/** From the URL when there is one; otherwise from what the document holds. */
function kindOf(root: Scope, pageUrl?: string): PageKind {
  const url = pageUrl ?? documentOf(root)?.URL ?? '';
  const fromUrl = pageKind(url, root);
  if (fromUrl !== 'other' || /linkedin\.com/i.test(url)) return fromUrl;
  const card = findTopCard(root);
  if (card) return isOwnTopCard(card) ? 'own-profile' : 'profile';
  // Sent rows are list items with a person link too: check them before search results.
  if (readSentInvitations(root).length > 0) return 'sent-invitations';
  if (findResultCards(root).length > 0) return 'search-results';
  return 'other';
}
