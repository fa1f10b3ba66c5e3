// Content script entry: runs on https://www.linkedin.com/* only, reads what the person sees,
// mounts the note composer in the invite dialog, and never clicks, scrolls or requests anything.
import { pageKind, findInviteDialog, type InviteDialog } from '../linkedin';
import { runPerPage, type PageLifetime } from './lifetime';
import { isExtensionAlive } from './runtime';
import { forgetOpener, lastConnectOpener, trackOpeners } from './opener';
import { debugState } from './debug-state';
import { batchMayTouchDialog } from './dialog-hint';
import { createDialogWatch } from './dialog-watch';
import { afterEachRead, awaitingCard, pageProfile, peekPageProfile, refreshPageProfile, reportProfilesTo, startPageProfile } from './page-profile';
import { composerData, refreshComposerData } from './composer-data';
import { loadComposer as loadComposerCode, loadedComposer } from './composer-loader';
import { send, sendAndForget } from './send';
import { newReportId, report, reportsDelivered } from './reports';
import { checkDialogParts } from './page-health';
import { lifecycleBatch, startLifecycle } from './lifecycle';
import { watchScopes } from './scope-watch';
import { startMessageBoxes } from './message-box';

/** Pages where a Connect control can be: the composer's data is fetched ahead of a dialog there. */
const CONNECT_PAGES = new Set(['profile', 'search-results', 'invite-deep-link']);

// After this page's own reports: the composer's guard and counts then include them.
const loadComposer = async (profileUrl: string | undefined) => {
  await reportsDelivered();
  return send({ type: 'composer.load', profileUrl });
};

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
  waitForCard(page.signal);
  startLifecycle(page, debugState.kind);
  // The sent list loads rows as the person scrolls, and a deep link's dialog is part of the page:
  // only there is the application itself watched.
  scopes.watchApp(debugState.kind === 'sent-invitations' || debugState.kind === 'invite-deep-link' || debugState.kind === 'messaging');
  debugState.profile = peekPageProfile(); // also when nothing was read (not a profile page)
  if (CONNECT_PAGES.has(debugState.kind)) void refreshComposerData(loadComposer, peekPageProfile()?.profileUrl ?? undefined);
  // A dialog already on screen when the page starts (a deep link) gets its composer.
  scanDialog();
  messageBoxes.scan();
}

/** The top card may be drawn after the URL changed: it is read on a timer, never per batch. */
function waitForCard(signal: AbortSignal): void {
  const tick = () => {
    if (signal.aborted || !awaitingCard()) return;
    refreshPageProfile();
    setTimeout(tick, CARD_POLL_MS);
  };
  setTimeout(tick, CARD_POLL_MS);
}
const CARD_POLL_MS = 200;

afterEachRead(() => (debugState.profile = peekPageProfile()));
// Each profile is reported once per view: the background updates a tracked invitation's
// status from what the top card shows (1st degree, Connect again, Pending).
// Not worth a notice if it cannot be delivered: the next view of the profile reports it again.
reportProfilesTo((profile) => report({ type: 'profile.observed', profile, reportId: newReportId() }, null));

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
    sendAndForget({ type: 'composer.dialog-missing', profileUrl });
  }, DIALOG_GRACE_MS);
}

// LinkedIn answers a Send over the weekly limit with its limit dialog: that invitation was never
// sent, so the recording made a moment before is taken back.
let lastReported: { profileUrl: string; name: string; reportId: string; at: number } | null = null;
function takeBackRefusedSend(dialog: InviteDialog): void {
  if (dialog.stage !== 'weekly-limit' || !lastReported || Date.now() - lastReported.at > 60_000) return;
  const { profileUrl, name, reportId } = lastReported;
  report({ type: 'invitation.refused', profileUrl, sentReportId: reportId, reportId: newReportId() }, name);
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
      const at = Date.now();
      const reportId = newReportId();
      lastReported = { profileUrl: sent.profileUrl, name: sent.name, reportId, at };
      // The time of the click, not of a delivery that may come after retries.
      report({ ...sent, sentAt: new Date(at).toISOString(), reportId }, sent.name);
    },
    current: currentDialog,
    now: Date.now,
    correct: (profileUrl, corrections) => report({ type: 'profile.correct', profileUrl, corrections, reportId: newReportId() }, null),
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

function scanDialog(): void {
  const dialog = (foundDialog = currentDialog());
  openDialog = dialog?.root ?? null;
  if (dialog) dialogSeenSinceClick = true;
  debugState.dialog = dialog ? { stage: dialog.stage, limit: dialog.noteLimit, invitee: dialog.invitee } : null;
  watch.scan();
}

/** A batch from a place where dialogs appear (never the feed or the profile). */
function onDialogBatch(records: MutationRecord[]): void {
  check();
  if (batchMayTouchDialog(records, openDialog)) scanDialog();
  messageBoxes.onBatch(records);
}

/** A batch from the application itself, on the pages that watch it. */
function onAppBatch(records: MutationRecord[]): void {
  check();
  messageBoxes.onBatch(records);
  lifecycleBatch();
  if (debugState.kind === 'invite-deep-link') scanDialog();
}

// After a click on Connect, LinkedIn may create its outlet or attach its shadow root only now, or
// draw the dialog somewhere no known container is: look again a few times while it appears.
const AFTER_CLICK_MS = [0, 60, 250, 800, 2000];
function lookAfterClick(): void {
  for (const delay of AFTER_CLICK_MS) {
    setTimeout(() => {
      if (root.signal.aborted) return;
      scopes.adopt();
      scanDialog();
      const parent = foundDialog?.root.parentNode;
      if (parent instanceof Element || parent instanceof ShadowRoot) scopes.include(parent);
    }, delay);
  }
}

// composer.js's own-profile reading asks here, so it needs no top-card reader of its own.
(globalThis as { __rapportOwnProfile?: () => boolean }).__rapportOwnProfile = () => pageKind(location.href, document) === 'own-profile';

// LinkedIn's message box (overlay bubble, thread page): the composer beside it (message-box/).
const messageBoxes = startMessageBoxes(document, {
  load: loadComposer,
  profile: pageProfile,
  // The time of the click, not of a delivery that may come after retries.
  report: (sent) => report({ ...sent, sentAt: new Date().toISOString(), reportId: newReportId() }, sent.name),
});

const root = new AbortController();
const scopes = watchScopes(document, onDialogBatch, onAppBatch, root.signal);
const check = runPerPage(onPage, isExtensionAlive, root);
// A click on Connect comes before LinkedIn draws the dialog, and the press before the click: start
// fetching the composer then.
trackOpeners(root.signal, () => {
  requestComposer();
  expectDialog();
  lookAfterClick();
}, requestComposer);
root.signal.addEventListener('abort', () => {
  watch.stop();
  messageBoxes.stop();
}, { once: true });
