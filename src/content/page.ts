// One page object per URL: LinkedIn is a single-page app, and everything Rapport knows about the
// page in view (the person on it, the Connect control clicked, the open invite dialog, the
// lifecycle watchers) lives here and ends with the page's AbortSignal. Each part is a feature with
// `init(signal, page)` (refined-github's shape): add one to FEATURES, and it gets the page's
// mutation batches and Connect clicks through the hooks it returns.
import { pageKind, type PageKind, type ProfileRead } from '../linkedin';
import type { ComposerLoader } from './composer-loader';
import type { ComposerDataStore } from '../composer/data';
import type { ScopeWatch } from './scope-watch';
import type { PageLifetime } from './lifetime';
import { initPageProfile, type PageProfile, type SeenPerson } from './page-profile';
import { initClickedControl, type ClickedControl } from './opener';
import { reportUnreadProfile, unreadProfileDiagnostics } from './page-health';
import { send } from './send';
import type { ObservedProfile, PageDiagnostics } from '../shared/messages';
import { report } from './reports';
import { inviteDialog } from './invite-dialog';
import { lifecycle } from './lifecycle';
import { testState } from './test-hooks';
import { after } from './signal-bound';

/** What lives as long as the document (content/index.ts), whatever the URL. */
export interface App {
  readonly scopes: ScopeWatch;
  readonly composer: ComposerLoader;
  readonly data: ComposerDataStore;
}

export interface Page {
  readonly url: string;
  readonly kind: PageKind;
  readonly app: App;
  /** This page's person (profile pages), read afresh for this URL. */
  readonly profile: PageProfile;
  /** The Connect control the person clicked on this page. */
  readonly clicked: ClickedControl;
}

/** What a feature wants to hear of its page; every hook stops with the page. */
export interface PageHooks {
  /** A mutation batch from a place where dialogs appear (never the feed or the profile). */
  dialogBatch?(records: MutationRecord[]): void;
  /** A mutation batch from the application itself, on the pages that watch it. */
  appBatch?(): void;
  /** The person clicked a Connect control (LinkedIn draws its dialog next). */
  connectClicked?(): void;
}

export interface PageFeature {
  init(signal: AbortSignal, page: Page): PageHooks | void;
}

const FEATURES: readonly PageFeature[] = [lifecycle, inviteDialog];

export interface StartedPage {
  readonly kind: PageKind;
  /** Each feature's hooks (content/index.ts calls them, for this page only). */
  readonly hooks: readonly PageHooks[];
  /** Whom this page's card showed, for the next page. */
  seen(): SeenPerson;
  /** This page's person, or null (for the message-box composer, which outlives pages). */
  person(): ProfileRead | null;
  /** The person on screen, for the background that asks (profile.last: the side panel, popup, preview). */
  observe(): { profile: ObservedProfile | null; health: PageDiagnostics | null };
}

/**
 * The top card may be drawn after the URL changed: it is read on a timer, never per batch. The
 * first tick comes 200 ms after the page starts (a card drawn a moment late is read a moment
 * later); each wait after that is 1.5× the last, at most 2 s. A profile page that never shows a
 * card (LinkedIn changed it) then costs 10 reads of a possibly large, busy page in its first 10 s
 * (the first at idle, 8 ticks, one at the deadline: page-profile.ts) instead of 52; a press on Connect or a dialog reads at once anyway (page-profile.ts person()).
 */
export const CARD_POLL = { firstMs: 200, growth: 1.5, maxMs: 2000 } as const;

/** Polls `profile` while it awaits its card; stops with the page. */
export function waitForCard(signal: AbortSignal, profile: Pick<PageProfile, 'awaitingCard' | 'refresh'>): void {
  let wait: number = CARD_POLL.firstMs;
  const tick = () => {
    if (!profile.awaitingCard()) return;
    profile.refresh();
    wait = Math.min(Math.round(wait * CARD_POLL.growth), CARD_POLL.maxMs);
    after(signal, wait, tick);
  };
  after(signal, wait, tick);
}

export function startPage(lifetime: PageLifetime, app: App, previous: SeenPerson): StartedPage {
  const { url, signal, since } = lifetime;
  const kind = pageKind(url, document);
  const hooks: PageHooks[] = [];
  const profile = initPageProfile(signal, kind === 'profile', previous, {
    // Each profile is reported once per view: the background updates a tracked invitation's
    // status from what the top card shows (1st degree, Connect again, Pending). Not worth a
    // notice if it cannot be delivered: the next view of the profile reports it again. No
    // idempotency key: applying it twice changes nothing (background/handlers/profile.ts).
    report: (observed) => report({ type: 'profile.observed', profile: observed }),
    unread: () => reportUnreadProfile(app.composer),
    matters: async () => (await send({ type: 'profile.viewed', profileUrl: location.href })).read,
    ...(__RAPPORT_TEST_HOOKS__ && { afterRead: (read) => void (testState().profile = read) }),
  }, since);
  waitForCard(signal, profile);
  // The person's approach (hover, Tab, press) comes a tenth of a second or more before the click:
  // composer.js and the composer's data (templates, settings, what is known of this person) are
  // fetched then, not at page load.
  const approached = () => {
    void app.composer.load();
    void app.data.refresh(kind === 'profile' ? (profile.person()?.profileUrl ?? undefined) : undefined);
  };
  const clicked = initClickedControl(signal, () => hooks.forEach((h) => h.connectClicked?.()), approached);
  const page: Page = { url, kind, app, profile, clicked };
  if (__RAPPORT_TEST_HOOKS__) Object.assign(testState(), { url, kind, pages: testState().pages + 1, profile: profile.peek() });
  // The sent list loads rows as the person scrolls, a deep link's dialog is part of the page, and
  // a thread page's message box is in the application: only there is the application watched.
  app.scopes.watchApp(kind === 'sent-invitations' || kind === 'invite-deep-link' || kind === 'messaging');
  for (const feature of FEATURES) {
    const featureHooks = feature.init(signal, page);
    if (featureHooks) hooks.push(featureHooks);
  }
  return {
    kind,
    hooks,
    seen: profile.seen,
    person: profile.person,
    observe() {
      const { profile: observed, unread } = profile.observe();
      return { profile: observed, health: unread ? unreadProfileDiagnostics(app.composer) : null };
    },
  };
}
