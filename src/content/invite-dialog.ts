// The invite dialog on this page: found once per mutation batch that may touch one (by
// composer.js's reader, fetched on first need), given a composer while it is open, and watched
// after a Connect click. Everything here belongs to one page and ends with its signal: a composer never outlives
// its page, where it would still speak of the previous person.
import { batchMayTouchDialog, mayShowInviteDialog, type InviteDialog, type Invitee } from '../linkedin';
import type { PageFeature } from './page';
import { createDialogWatch, type Mounted } from './dialog-watch';
import { dialogPartsCheck } from './page-health';
import { newReportId, report } from './reports';
import { sendAndForget } from './send';
import { after, whenIdle } from './signal-bound';
import { testState } from './test-hooks';

/**
 * If LinkedIn shows no invite dialog we can read this long after a Connect click (a new layout, or
 * a Connect that sends at once), the popup offers the side panel instead (no DOM needed there).
 */
const DIALOG_GRACE_MS = 4_000;
// After a click on Connect, LinkedIn may create its outlet or attach its shadow root only now, or
// draw the dialog somewhere no known container is: look again a few times while it appears.
const AFTER_CLICK_MS = [0, 60, 250, 800, 2000];

/**
 * Whether the batch only put `node` in the page: the composer placing its host is answered by the
 * batch after it, which read the whole dialog again to find what it had just read. A batch that
 * takes the host out (LinkedIn re-rendering) is read: the composer may have to come back.
 */
export const onlyAdded = (records: readonly MutationRecord[], node: Node | null) =>
  !!node && records.every((r) => r.removedNodes.length === 0 && r.addedNodes.length === 1 && r.addedNodes[0] === node);

export const inviteDialog: PageFeature = {
  init(signal, page) {
    const { app } = page;
    // Whom the clicked Connect control invites, read at the press on it (opener.ts), not again here.
    const openedBy = (): Invitee | null => page.clicked.invitee();
    // The invite dialog's reader comes with composer.js (it is needed only once a dialog is open):
    // until then a glance at the places dialogs appear tells whether to fetch it.
    const current = (): InviteDialog | null => {
      const module = app.composer.loaded();
      if (module) return module.findInviteDialog(document, { openedBy: openedBy(), pageUrl: location.href });
      if (mayShowInviteDialog(document)) requestComposer();
      return null;
    };
    // The dialog found for the current mutation batch (read once per batch, shared with the watch).
    let found: InviteDialog | null = null;
    // Whether the dialog step now open was painted before its composer came: the composer goes
    // above LinkedIn's buttons only when it is drawn in the step's first frame, so a button on
    // screen never moves (composer/placement.ts). A mutation batch sees a step before its first
    // paint (the next animation frame); one found by a timer may have been on screen a while.
    let shown: { root: Element; stage: string; painted: boolean } | null = null;
    let seenSinceClick = false;
    let composerRequested = false;
    const checkParts = dialogPartsCheck(app.composer);

    // The composer's code arrives on first need (composer-loader.ts). Until it has, a dialog gets
    // no composer; once it is there the watch starts over (once, however often it was asked for),
    // so the open dialog gets one at once.
    function requestComposer(): void {
      if (app.composer.loaded() || composerRequested) return;
      composerRequested = true;
      void app.composer.load().then((module) => {
        composerRequested = false;
        if (!module || signal.aborted) return;
        watch.stop();
        scan();
      });
    }

    // composer.js's mounter for this page (composer/invite-mounter.ts): it also takes back a Send
    // that LinkedIn's weekly-limit dialog refused.
    let mount: ((dialog: InviteDialog) => Mounted | null) | null = null;
    // The composer's host: the batch that only brings it into the dialog is no news about the dialog.
    let ownHost: Node | null = null;
    const watch = createDialogWatch(() => found, (dialog) => {
      checkParts(dialog);
      const module = app.composer.loaded();
      if (!module) {
        requestComposer();
        return null;
      }
      mount ??= module.inviteMounter({
        profile: page.profile.person,
        data: app.data.current,
        refresh: app.data.refresh,
        current,
        painted: (step) => shown?.root !== step.root || shown.stage !== step.stage || shown.painted,
        record: report,
        newReportId,
      });
      const mounted = mount(dialog);
      ownHost = mounted?.host ?? null;
      if (!mounted || !__RAPPORT_TEST_HOOKS__) return mounted;
      testState().composer = { stage: dialog.stage };
      return {
        isConnected: mounted.isConnected,
        unmount() {
          mounted.unmount();
          testState().composer = null;
        },
      };
    });
    signal.addEventListener('abort', () => watch.stop(), { once: true });

    function scan(drawnNow = false): void {
      const dialog = (found = current());
      if (dialog) seenSinceClick = true;
      if (dialog && (shown?.root !== dialog.root || shown.stage !== dialog.stage)) {
        const step = (shown = { root: dialog.root, stage: dialog.stage, painted: !drawnNow });
        if (drawnNow) requestAnimationFrame(() => (step.painted = true));
      }
      if (__RAPPORT_TEST_HOOKS__) testState().dialog = dialog ? { stage: dialog.stage, limit: dialog.noteLimit, invitee: dialog.invitee } : null;
      watch.scan();
    }

    // A deep link's application batches ask for a scan at the next frame (one, made once).
    let scanQueued = false;
    const scanBeforePaint = () => {
      scanQueued = false;
      if (!signal.aborted) scan(true);
    };

    function expectDialog(): void {
      seenSinceClick = false;
      // The page's person is read only if no dialog came (not in the click's task: the dialog's).
      after(signal, DIALOG_GRACE_MS, () => {
        if (seenSinceClick || found) return;
        sendAndForget({ type: 'composer.dialog-missing', profileUrl: page.profile.person()?.profileUrl ?? undefined });
      });
    }

    function lookAfterClick(): void {
      for (const delay of AFTER_CLICK_MS) {
        after(signal, delay, () => {
          // A dialog found since the click (its container is watched) needs no look: the first
          // would otherwise fall between the click and the composer's first paint.
          if (seenSinceClick && found?.root.isConnected) return;
          app.scopes.adopt();
          scan();
          const parent = found?.root.parentNode;
          if (parent instanceof Element || parent instanceof ShadowRoot) app.scopes.include(parent);
        });
      }
    }

    // A dialog already on screen when the page starts (a deep link) gets its composer, once
    // LinkedIn's own load has left the main thread (a deep link's data is fetched then, too; on
    // other pages at the press on Connect, page.ts).
    whenIdle(signal, () => {
      if (page.kind === 'invite-deep-link') void app.data.refresh();
      scan();
    });

    return {
      dialogBatch(records) {
        if (!onlyAdded(records, ownHost) && batchMayTouchDialog(records, found?.root ?? null)) scan(true);
      },
      appBatch() {
        // The application's batches carry no hint of a dialog (it is drawn inside the app), so
        // they are coalesced: one scan per frame, before its paint, however many batches came.
        // A background tab gets no frames: there nothing scans until the tab is shown, and the
        // queued frame then scans before the first paint — nobody was looking before (unlike
        // composer-frames.ts, no timer stands in: a hidden composer is worth no work).
        if (page.kind !== 'invite-deep-link' || scanQueued) return;
        scanQueued = true;
        requestAnimationFrame(scanBeforePaint);
      },
      connectClicked() {
        // A click on Connect comes before LinkedIn draws the dialog: start fetching the composer then.
        requestComposer();
        expectDialog();
        lookAfterClick();
      },
    };
  },
};
