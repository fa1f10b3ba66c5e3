// Content script entry: runs on https://www.linkedin.com/* only, reads what the person sees,
// mounts the note composer in the invite dialog, and never clicks, scrolls or requests anything.
import { pageKind, findInviteDialog, type InviteDialog } from '../linkedin';
import { runPerPage, type PageLifetime } from './lifetime';
import { isExtensionAlive } from './runtime';
import { forgetOpener, lastConnectOpener, trackOpeners } from './opener';
import { debugState } from './debug-state';
import { batchMayTouchDialog } from './dialog-hint';
import { createDialogWatch } from './dialog-watch';
import { afterEachRead, pageProfile, peekPageProfile, refreshPageProfile, reportProfilesTo, startPageProfile } from './page-profile';
import { composerData, refreshComposerData } from './composer-data';
import { loadComposer as loadComposerCode, loadedComposer } from './composer-loader';
import { send } from './send';
import { checkDialogParts } from './page-health';
import { lifecycleBatch, startLifecycle } from './lifecycle';

/** Pages where a Connect control can be: the composer's data is fetched ahead of a dialog there. */
const CONNECT_PAGES = new Set(['profile', 'search-results', 'invite-deep-link']);

const loadComposer = (profileUrl: string | undefined) => send({ type: 'composer.load', profileUrl });

function onPage(page: PageLifetime): void {
  debugState.url = page.url;
  debugState.pages += 1;
  forgetOpener();
  // A composer never outlives its page: it would still speak of the previous person.
  watch.stop();
  openDialog = null;
  foundDialog = null;
  debugState.kind = pageKind(page.url, document);
  startPageProfile(debugState.kind === 'profile');
  startLifecycle(page, debugState.kind);
  debugState.profile = peekPageProfile(); // also when nothing was read (not a profile page)
  if (CONNECT_PAGES.has(debugState.kind)) void refreshComposerData(loadComposer, peekPageProfile()?.profileUrl ?? undefined);
}

afterEachRead(() => (debugState.profile = peekPageProfile()));
// Each profile is reported once per view: the background updates a tracked invitation's
// status from what the top card shows (1st degree, Connect again, Pending).
reportProfilesTo((profile) => {
  send({ type: 'profile.observed', profile }).catch(() => undefined);
});

const currentDialog = (): InviteDialog | null => findInviteDialog(document, { opener: lastConnectOpener(), pageUrl: location.href });

// The dialog found for the current mutation batch (read once per batch, shared with the watch).
let foundDialog: InviteDialog | null = null;
let openDialog: Element | null = null;

// The composer's code arrives on first need (composer-loader.ts). Until it has, a dialog gets no
// composer; once it is there the watch starts over (once, however often it was asked for), so
// the open dialog gets one at once.
let composerRequested = false;
function requestComposer(): void {
  if (loadedComposer() || composerRequested) return;
  composerRequested = true;
  void loadComposerCode().then((module) => {
    composerRequested = false;
    if (!module) return;
    watch.stop();
    watch.scan();
  });
}

// If LinkedIn shows no invite dialog we can read after a Connect click (a new layout, or a
// Connect that sends at once), the popup offers the side panel instead (no DOM needed there).
const DIALOG_GRACE_MS = 4_000;
let dialogSeenSinceClick = false;
function expectDialog(): void {
  dialogSeenSinceClick = false;
  const profileUrl = pageProfile()?.profileUrl ?? undefined;
  setTimeout(() => {
    if (dialogSeenSinceClick || foundDialog || root.signal.aborted) return;
    void send({ type: 'composer.dialog-missing', profileUrl }).catch(() => undefined);
  }, DIALOG_GRACE_MS);
}

// LinkedIn answers a Send over the weekly limit with its limit dialog: that invitation was never
// sent, so the recording made a moment before is taken back.
let lastReported: { profileUrl: string; at: number } | null = null;
function takeBackRefusedSend(dialog: InviteDialog): void {
  if (dialog.stage !== 'weekly-limit' || !lastReported || Date.now() - lastReported.at > 60_000) return;
  void send({ type: 'invitation.refused', profileUrl: lastReported.profileUrl }).catch(() => undefined);
  lastReported = null;
}

const watch = createDialogWatch(() => foundDialog, (dialog) => {
  takeBackRefusedSend(dialog);
  checkDialogParts(dialog);
  const module = loadedComposer();
  if (!module) {
    requestComposer();
    return null;
  }
  const mounted = module.mountComposer(dialog, {
    profile: pageProfile,
    data: composerData,
    refresh: (profileUrl) => refreshComposerData(loadComposer, profileUrl),
    report: (sent) => {
      lastReported = { profileUrl: sent.profileUrl, at: Date.now() };
      void send(sent).catch(() => undefined);
    },
    current: currentDialog,
    now: Date.now,
  });
  if (!mounted) return null;
  debugState.composer = { stage: dialog.stage };
  return {
    isConnected: mounted.isConnected,
    unmount() {
      mounted.unmount();
      debugState.composer = null;
    },
  };
});

// LinkedIn's 2026 dialogs render inside the open shadow root of #interop-outlet, which a
// document observer does not see into: observe that root too, once it exists.
const observedShadows = new WeakSet<ShadowRoot>();
function observeShadowOutlet(): void {
  const shadow = document.getElementById('interop-outlet')?.shadowRoot;
  if (!shadow || observedShadows.has(shadow)) return;
  observedShadows.add(shadow);
  observer.observe(shadow, { childList: true, subtree: true });
}

function onMutations(records: MutationRecord[]): void {
  check();
  lifecycleBatch();
  observeShadowOutlet();
  refreshPageProfile();
  if (!batchMayTouchDialog(records, openDialog)) return;
  const dialog = (foundDialog = currentDialog());
  openDialog = dialog?.root ?? null;
  if (dialog) dialogSeenSinceClick = true;
  debugState.dialog = dialog ? { stage: dialog.stage, limit: dialog.noteLimit, invitee: dialog.invitee } : null;
  watch.scan();
}

const root = new AbortController();
const check = runPerPage(onPage, isExtensionAlive, root);
// A click on Connect comes before LinkedIn draws the dialog: start fetching the composer then.
trackOpeners(root.signal, () => {
  requestComposer();
  expectDialog();
});

// One observer for the whole page, doing almost nothing per batch.
const observer = new MutationObserver(onMutations);
observer.observe(document, { childList: true, subtree: true });
observeShadowOutlet();
root.signal.addEventListener('abort', () => {
  observer.disconnect();
  watch.stop();
}, { once: true });
