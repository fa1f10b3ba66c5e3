// The person on the current profile page, read afresh for every URL and kept only while it is
// certainly this page's person. LinkedIn changes the URL first and renders the next person a
// moment later, so right after an in-page navigation the top card still shows the previous
// person: such a read is "stale" and is dropped until the new card is there.
import { readProfile, type ProfileRead } from '../linkedin';
import { profileKey } from '../core/profile-key';
import type { ObservedProfile } from '../shared/messages';
import { after, whenIdle } from './signal-bound';

/** How long after a navigation a page without a top card is re-read when it changes. */
const WAIT_FOR_CARD_MS = 10_000;
/**
 * At most one such re-read per this many ms, so a page that never shows a card costs little: the
 * cost follows time, not the number of mutation batches (a batch only sets a timer, if none is set).
 */
const RETRY_EVERY_MS = 200;

/** Whom a page's card showed: the next page drops a read that still shows this person. */
export interface SeenPerson {
  vanity: string | null;
  name: string | null;
}

export const NO_ONE_SEEN: SeenPerson = { vanity: null, name: null };

export interface PageProfileOptions {
  /** Where each fresh, complete read of a profile is reported, once per page. */
  report(profile: ObservedProfile): void;
  /** Called after every read, also one a timer made. */
  afterRead?(read: ProfileRead | null): void;
  /** A profile page that showed no name by the time LinkedIn had drawn it. */
  unread?(): void;
  /**
   * Whether this page's person is worth reading as soon as the page is idle (the background's
   * profile.viewed: a pending invitation). Absent: always. A failed question reads (a status
   * update is worth more than the read it costs). Otherwise the page is read when asked: person(),
   * observe().
   */
  matters?(): Promise<boolean>;
}

export interface PageProfile {
  /**
   * Per mutation batch, until the page's card is read: re-read now if the last try is
   * RETRY_EVERY_MS old, else once when it is (one timer, however many batches come). A missing
   * card is waited for WAIT_FOR_CARD_MS after the navigation; a stale one until the next card
   * replaces it. Returns true when it read now (the profile may have changed).
   */
  refresh(): boolean;
  /** True while this page's card is still to be read (it is polled until then). */
  awaitingCard(): boolean;
  /** The last read, as it is. */
  peek(): ProfileRead | null;
  /** This page's person, or null (not a profile page, or the card still shows someone else). */
  person(): ProfileRead | null;
  /** Whom this page's card showed, for the next page. */
  seen(): SeenPerson;
  /**
   * The background asks for the person on screen (the side panel, the popup, the options
   * preview): read now if not read yet, returned here instead of reported. `unread`: the wait for
   * the card is over and still no one could be read.
   */
  observe(): { profile: ObservedProfile | null; unread: boolean };
}

/** How long a card that still shows the previous person is waited for. */
const WAIT_FOR_STALE_MS = 60_000;

const hasCard = (p: ProfileRead) => !p.missing.includes('topCard') && !!p.fullName;

/**
 * This page's profile reader (reads only on a profile page); it forgets everything when `signal`
 * aborts (a new page). `previous`: whom the previous page's card showed. `startedAt`: since when
 * the page has been on screen (the wait for its card counts from then).
 */
export function initPageProfile(signal: AbortSignal, onProfilePage: boolean, previous: SeenPerson, options: PageProfileOptions, startedAt = performance.now()): PageProfile {
  let current: ProfileRead | null = null;
  let stale = false;
  let lastTry = startedAt;
  let tried = false;
  let reported = false;
  let retrying = false;

  /** `report` false: the caller returns what was read itself (observe()). */
  function read(report = true): void {
    tried = true;
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
    if (current && hasCard(current) && !reported && report) {
      reported = true;
      const observed = toObserved(current);
      if (observed) options.report(observed);
    }
    options.afterRead?.(current);
  }

  const complete = () => !!current && hasCard(current);

  function refresh(): boolean {
    // Before the first read (at idle, below) a poll or a batch reads nothing: that read comes.
    if (!onProfilePage || !tried || complete()) return false;
    const now = performance.now();
    if (!stale && now - startedAt > WAIT_FOR_CARD_MS) return false;
    if (now - lastTry >= RETRY_EVERY_MS) {
      read();
      return true;
    }
    if (!retrying) {
      retrying = true;
      after(signal, RETRY_EVERY_MS - (now - lastTry), () => {
        retrying = false;
        refresh();
      });
    }
    return false;
  }

  function awaitingCard(): boolean {
    if (!onProfilePage || complete()) return false;
    const waited = performance.now() - startedAt;
    return waited <= (stale ? WAIT_FOR_STALE_MS : WAIT_FOR_CARD_MS);
  }

  const readIfWanted = (wanted: boolean) => wanted && !tried && !signal.aborted && read();

  if (onProfilePage) {
    // Not during LinkedIn's own page load: nobody needs the person before the page is drawn (a
    // dialog or a press on Connect asks person(), which reads at once if this has not run yet).
    // And only if the person matters now: most profiles a person views are of no one Rapport
    // tracks, and the first read of a page is most of what Rapport would cost it at load.
    whenIdle(signal, () => {
      if (tried) return;
      if (!options.matters) return void read();
      options.matters().then(readIfWanted, () => readIfWanted(true));
    });
    // LinkedIn has had its time to draw the card: still no name means its page changed, and the
    // person is told (quietly, in the popup) instead of getting a composer that knows no one.
    // The card poll backs off (content/page.ts), so its last read may be 2 s old: one more read
    // before judging, or a card drawn in those 2 s would be reported as unread. A page nobody
    // wanted read is not judged here: observe() says it when it is asked.
    after(signal, Math.max(0, WAIT_FOR_CARD_MS - (performance.now() - startedAt)), () => {
      if (!tried) return;
      if (stale || !complete()) read();
      if (stale || !complete()) options.unread?.();
    });
  }

  return {
    refresh,
    awaitingCard,
    peek: () => current,
    person() {
      // A dialog opened before the card was read completely: one more read is worth it now.
      if (onProfilePage && !complete()) read();
      return current;
    },
    seen: () => (current && !stale ? { vanity: current.vanity, name: current.fullName } : previous),
    observe() {
      if (!onProfilePage) return { profile: null, unread: false };
      // Not reported as well: the background takes this answer. A card still to come is polled
      // for and reported when it is read (tried is set now).
      if (!complete()) read(false);
      const profile = complete() ? toObserved(current!) : null;
      if (profile) reported = true;
      const unread = !complete() && performance.now() - startedAt >= WAIT_FOR_CARD_MS;
      return { profile, unread };
    },
  };
}

/** What the background learns from a profile view: who, as read, and the relation the top card shows. */
export function toObserved(p: ProfileRead): ObservedProfile | null {
  if (!p.profileUrl || p.degree === 'self') return null;
  const relation = p.degree === '1st' ? 'connected' : p.pending ? 'pending' : p.connect !== 'none' ? 'connectable' : 'unknown';
  const observed: ObservedProfile = { profileUrl: p.profileUrl, relation };
  const mutuals = p.mutualConnections;
  const put = (key: 'fullName' | 'headline' | 'company' | 'school' | 'location' | 'mutualName', value: string | null | undefined) => {
    if (value) observed[key] = value.slice(0, key === 'headline' ? 400 : 200);
  };
  put('fullName', p.fullName);
  put('headline', p.headline);
  put('company', p.currentCompany);
  put('school', p.school);
  put('location', p.location);
  put('mutualName', mutuals?.names[0]);
  // The name is split where it is used (the background's profile.observed, core/names.ts), with these.
  const hints = p.firstNameHints.filter((hint) => hint.length <= 200).slice(0, 8);
  if (p.fullName && hints.length > 0) observed.firstNameHints = hints;
  if (mutuals && Number.isInteger(mutuals.count) && mutuals.count >= 0) observed.mutualCount = Math.min(mutuals.count, 100000);
  return observed;
}
