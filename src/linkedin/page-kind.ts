// Which LinkedIn page a URL shows. Each detector sits beside the URLs that prove it
// (github-url-detection's habit); tests/unit/linkedin/page-kind.test.ts checks that every
// detector accepts its own examples and rejects everyone else's.
import { findTopCard, isOwnTopCard, mayShowOwnCard } from './top-card';
import type { Scope } from './dom';

export type PageKind =
  | 'profile'
  | 'own-profile'
  | 'search-results'
  | 'sent-invitations'
  | 'invite-deep-link'
  | 'messaging'
  | 'other';

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url, 'https://www.linkedin.com/');
    const host = parsed.hostname.toLowerCase();
    return host === 'linkedin.com' || host.endsWith('.linkedin.com') ? parsed : null;
  } catch {
    return null;
  }
}
// The page's URL is asked about many times while it stays the same (each dialog read, each batch):
// it is parsed once per URL.
let lastPath: { url: string; path: string | null } = { url: '', path: null };
const path = (url: string) => {
  if (lastPath.url !== url || !url) lastPath = { url, path: parse(url)?.pathname ?? null };
  return lastPath.path;
};

export const profileExamples = [
  'https://www.linkedin.com/in/example-name-4b17c9d2/',
  'https://www.linkedin.com/in/examplename',
  'https://www.linkedin.com/in/beispiel-n%C3%A4me-1a/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA',
  'https://www.linkedin.com/in/sample-person/overlay/contact-info/',
  'https://www.linkedin.com/in/example-profile/overlay/about-this-profile/',
  '/in/example-name/',
];
/** Someone's profile (the URL alone cannot tell one's own; see pageKind). */
export function isProfile(url: string): boolean {
  const p = path(url);
  return !!p && /^\/in\/(?!me\/?$)[^/]+\/?(?:overlay\/[^/]+\/?)?$/i.test(p);
}

export const ownProfileExamples = [
  'https://www.linkedin.com/in/me/',
  'https://www.linkedin.com/in/example-owner/edit/intro/?profileFormEntryPoint=PROFILE_SECTION',
  'https://www.linkedin.com/in/sample-owner/edit/topcard/',
];
/** URLs only the owner reaches: /in/me/ and the edit overlays. */
export function isOwnProfileUrl(url: string): boolean {
  const p = path(url);
  return !!p && (/^\/in\/me\/?$/i.test(p) || /^\/in\/[^/]+\/edit\//i.test(p));
}

export const searchResultsExamples = [
  'https://www.linkedin.com/search/results/people/?keywords=data%20platform&origin=SWITCH_SEARCH_VERTICAL',
  'https://www.linkedin.com/search/results/people/?facetNetwork=%22F%22&facetConnectionOf=%22ACoAACHrEp%22',
  'https://www.linkedin.com/search/results/all/?keywords=recruiter',
];
export function isSearchResults(url: string): boolean {
  const p = path(url);
  return !!p && /^\/search\/results\/(?:people|all)\/?$/i.test(p);
}

export const sentInvitationsExamples = [
  'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
  'https://www.linkedin.com/mynetwork/invitation-manager/sent/CONNECTION/',
  'https://www.linkedin.com/mynetwork/invitation-manager/sent/?invitationType=CONNECTION',
];
export function isSentInvitations(url: string): boolean {
  const p = path(url);
  return !!p && /^\/mynetwork\/invitation-manager\/sent(?:\/[A-Z_]+)?\/?$/i.test(p);
}

export const inviteDeepLinkExamples = [
  'https://www.linkedin.com/preload/custom-invite/?vanityName=example-name',
  'https://www.linkedin.com/preload/search-custom-invite/?vanityName=sample-person',
];
/** Opening this URL renders the invite dialog directly (LINKEDIN.md §6, §13). */
export function isInviteDeepLink(url: string): boolean {
  const p = path(url);
  return !!p && /^\/preload\/(?:search-)?custom-invite\/?$/i.test(p);
}

export const messagingExamples = [
  'https://www.linkedin.com/messaging/',
  'https://www.linkedin.com/messaging/thread/2-YjQ5ZTk3ZjMtNzQ0Mi00/',
  'https://www.linkedin.com/messaging/compose/?recipient=ACoAAExampleRecipient0',
];
export function isMessaging(url: string): boolean {
  const p = path(url);
  return !!p && /^\/messaging(?:\/|$)/i.test(p);
}

export const otherExamples = [
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/mynetwork/',
  'https://www.linkedin.com/mynetwork/invitation-manager/',
  'https://www.linkedin.com/in/examplename/recent-activity/all/',
  'https://www.linkedin.com/company/example-company/',
  'https://example.com/in/someone/',
  'not a url at all ::',
];

/** The detectors in the order pageKind consults them. */
const DETECTORS = [
  { kind: 'own-profile', test: isOwnProfileUrl },
  { kind: 'profile', test: isProfile },
  { kind: 'search-results', test: isSearchResults },
  { kind: 'sent-invitations', test: isSentInvitations },
  { kind: 'invite-deep-link', test: isInviteDeepLink },
  { kind: 'messaging', test: isMessaging },
] as const satisfies ReadonlyArray<{ kind: PageKind; test: (url: string) => boolean }>;

const EXAMPLES: Record<(typeof DETECTORS)[number]['kind'], string[]> = {
  'own-profile': ownProfileExamples,
  profile: profileExamples,
  'search-results': searchResultsExamples,
  'sent-invitations': sentInvitationsExamples,
  'invite-deep-link': inviteDeepLinkExamples,
  messaging: messagingExamples,
};

/** Each detector with its proof. Pure, so the examples stay out of the content script (tests only). */
export const PAGE_DETECTORS = /* @__PURE__ */ DETECTORS.map((d) => ({ ...d, examples: EXAMPLES[d.kind] }));

/**
 * The page kind of a URL. `/in/<slug>/` is 'profile' from the URL alone; with the document,
 * a top card carrying the owner's edit links (`/edit/intro/`, era A `/edit/topcard/`) makes it
 * 'own-profile'.
 */
export function pageKind(url: string, doc?: Scope | null): PageKind {
  const detector = DETECTORS.find((d) => d.test(url));
  const kind: PageKind = detector?.kind ?? 'other';
  // One query first: without an owner's edit control anywhere, no top card needs finding.
  if (kind === 'profile' && doc && mayShowOwnCard(doc)) {
    const card = findTopCard(doc);
    if (card && isOwnTopCard(card)) return 'own-profile';
  }
  return kind;
}

/** The `vanityName=` of an invite deep link, as written (normalize with normalizeSlug). */
export function deepLinkVanity(url: string): string | null {
  if (!isInviteDeepLink(url)) return null;
  return parse(url)?.searchParams.get('vanityName') ?? null;
}
