// The person on the current profile page, read afresh for every URL and kept only while it is
// certainly this page's person. LinkedIn changes the URL first and renders the next person a
// moment later, so right after an in-page navigation the top card still shows the previous
// person: such a read is "stale" and is dropped until the new card is there.
import { readProfile, type ProfileRead } from '../linkedin';
import { profileKey } from '../core/profile-key';
import type { ObservedProfile } from '../shared/messages';
import { reportUnreadProfile } from './page-health';
import { personFromRead } from './person-read';

/** How long after a navigation a page without a top card is re-read when it changes. */
const WAIT_FOR_CARD_MS = 10_000;
/**
 * At most one such re-read per this many ms, so a page that never shows a card costs little: the
 * cost follows time, not the number of mutation batches (a batch only sets a timer, if none is set).
 */
const RETRY_EVERY_MS = 200;

type Report = (profile: ObservedProfile) => void;

let onProfilePage = false;
let current: ProfileRead | null = null;
let stale = false;
let previous: { vanity: string | null; name: string | null } = { vanity: null, name: null };
let startedAt = 0;
let lastTry = 0;
let reported = false;
let retry: ReturnType<typeof setTimeout> | undefined;
let giveUp: ReturnType<typeof setTimeout> | undefined;
let report: Report = () => undefined;
let afterRead: () => void = () => undefined;

/** Where each fresh, complete read of a profile is reported, once per page. */
export function reportProfilesTo(sink: Report): void {
  report = sink;
}

/** Called after every read, also one a timer made (the debug state follows it). */
export function afterEachRead(listener: () => void): void {
  afterRead = listener;
}

/** A new page: forget the last read (but remember whom it showed, to spot stale reads). */
export function startPageProfile(isProfilePage: boolean): void {
  if (current && !stale) previous = { vanity: current.vanity, name: current.fullName };
  onProfilePage = isProfilePage;
  current = null;
  stale = false;
  reported = false;
  startedAt = performance.now();
  lastTry = 0;
  clearTimeout(retry);
  retry = undefined;
  clearTimeout(giveUp);
  giveUp = undefined;
  if (!onProfilePage) return;
  read();
  // LinkedIn has had its time to draw the card: still no name means its page changed, and the
  // person is told (quietly, in the popup) instead of getting a composer that knows no one.
  giveUp = setTimeout(() => {
    giveUp = undefined;
    if (onProfilePage && (stale || !current || !hasCard(current))) reportUnreadProfile();
  }, WAIT_FOR_CARD_MS);
}

function read(): void {
  lastTry = performance.now();
  const profile = readProfile(document, location.href);
  const wanted = profileKey(location.href);
  const moved = wanted !== previous.vanity;
  // The previous person's card, while the URL names someone else: the same link as before, or
  // the same name as before. Two people can share a name, so the name says "still the previous
  // card" only while LinkedIn may still be drawing the next one (WAIT_FOR_CARD_MS).
  const oldLink = !!profile.vanity && profile.vanity === previous.vanity;
  const oldName = !!profile.fullName && profile.fullName === previous.name && lastTry - startedAt < WAIT_FOR_CARD_MS;
  stale = moved && (oldLink || oldName);
  current = stale ? null : profile;
  if (current && hasCard(current) && !reported) {
    reported = true;
    const observed = toObserved(current);
    if (observed) report(observed);
  }
  afterRead();
}

const hasCard = (p: ProfileRead) => !p.missing.includes('topCard') && !!p.fullName;

/**
 * Per mutation batch, until the page's card is read: re-read now if the last try is
 * RETRY_EVERY_MS old, else once when it is (one timer, however many batches come). A missing card
 * is waited for WAIT_FOR_CARD_MS after the navigation; a stale one until the next card replaces
 * it. Returns true when it read now (the profile may have changed).
 */
export function refreshPageProfile(): boolean {
  if (!onProfilePage || (current && hasCard(current))) return false;
  const now = performance.now();
  if (!stale && now - startedAt > WAIT_FOR_CARD_MS) return false;
  if (now - lastTry >= RETRY_EVERY_MS) {
    read();
    return true;
  }
  retry ??= setTimeout(() => {
    retry = undefined;
    refreshPageProfile();
  }, RETRY_EVERY_MS - (now - lastTry));
  return false;
}

/** How long a card that still shows the previous person is waited for. */
const WAIT_FOR_STALE_MS = 60_000;

/** True while this page's card is still to be read (the content script polls until then). */
export function awaitingCard(): boolean {
  if (!onProfilePage || (current && hasCard(current))) return false;
  const waited = performance.now() - startedAt;
  return waited <= (stale ? WAIT_FOR_STALE_MS : WAIT_FOR_CARD_MS);
}

/** The last read, as it is (per mutation batch, for the debug state). */
export function peekPageProfile(): ProfileRead | null {
  return current;
}

/** This page's person, or null (not a profile page, or the card still shows someone else). */
export function pageProfile(): ProfileRead | null {
  // A dialog opened before the card was read completely: one more read is worth it now.
  if (onProfilePage && (stale || !current || !hasCard(current))) read();
  return current;
}

const observedFields = ['fullName', 'firstName', 'lastName', 'headline', 'company', 'school', 'location', 'mutualName'] as const;

/** What the background learns from a profile view: who (core/person.ts), and the relation the top card shows. */
export function toObserved(p: ProfileRead): ObservedProfile | null {
  if (!p.profileUrl || p.degree === 'self') return null;
  const relation = p.degree === '1st' ? 'connected' : p.pending ? 'pending' : p.connect !== 'none' ? 'connectable' : 'unknown';
  const person = personFromRead(p);
  const observed: ObservedProfile = { profileUrl: p.profileUrl, relation };
  for (const key of observedFields) {
    const value = person[key];
    if (value) observed[key] = value.slice(0, key === 'headline' ? 400 : 200);
  }
  if (person.mutualCount !== undefined) observed.mutualCount = Math.min(person.mutualCount, 100000);
  return observed;
}
