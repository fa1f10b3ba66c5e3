// The invite dialog on content.js's page, once composer.js is here: found once per mutation batch
// that may touch one, given a composer while it is open, and looked for after a Connect click.
// content.js's invite-dialog feature (content/invite-dialog.ts) glances for a dialog until
// composer.js is in the page, then starts this for the page and hands it the page's batches and
// clicks. Everything here belongs to one page and ends with its signal: a composer never outlives
// its page, where it would still speak of the previous person.
import { batchMayTouchDialog, findInviteDialog, isDialogIncomplete, type DialogContainers, type InviteDialog, type Invitee, type Scope } from '../linkedin';
import type { ComposerDataStore } from './data';
import { createDialogWatch } from './dialog-watch';
import { inviteMounter, type InviteHost } from './invite-mounter';
import { newReportId } from './outbox';
import { report } from './reports';
import { testState } from '../content/test-hooks';
import { after } from '../content/signal-bound';

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

/** What this needs of content.js's page object (content/page.ts). */
export interface InvitePage {
  readonly kind: string;
  readonly app: {
    readonly scopes: { adopt(): DialogContainers; include(scope: Scope): void };
    readonly data: Pick<ComposerDataStore, 'current' | 'refresh'>;
  };
  readonly profile: { readonly person: InviteHost['profile'] };
  readonly clicked: { invitee(): Invitee | null };
}

export interface InviteDialogFeature {
  /** A mutation batch from a place where dialogs appear. */
  dialogBatch(records: MutationRecord[]): void;
  /** A mutation batch from the application (a deep link's dialog is drawn inside it). */
  appBatch(): void;
  /** The person clicked a Connect control (LinkedIn draws its dialog next). */
  connectClicked(): void;
  /** Looks for the dialog now (composer.js has just come, maybe for one already open). */
  scan(): void;
  /** Whether a dialog was found since the last Connect click, or is open now. */
  seenSinceClick(): boolean;
}

/** `incomplete`: content.js's page-health report for a dialog that lacks what its step needs. */
export function startInviteDialog(signal: AbortSignal, page: InvitePage, incomplete: (dialog: InviteDialog) => void): InviteDialogFeature {
  const { app } = page;
  const current = (): InviteDialog | null => findInviteDialog(document, { openedBy: page.clicked.invitee(), pageUrl: location.href });
  // The dialog found for the current mutation batch (read once per batch, shared with the watch).
  let found: InviteDialog | null = null;
  // Whether the dialog step now open was painted before its composer came: the composer goes
  // above LinkedIn's buttons only when it is drawn in the step's first frame, so a button on
  // screen never moves (composer/placement.ts). A mutation batch sees a step before its first
  // paint (the next animation frame); one found by a timer may have been on screen a while.
  let shown: { root: Element; stage: string; painted: boolean } | null = null;
  let seenSinceClick = false;
  let reportedDialog: Element | null = null;
  // The composer's host: the batch that only brings it into the dialog is no news about the dialog.
  let ownHost: Node | null = null;

  // Also takes back a Send that LinkedIn's weekly-limit dialog refused (invite-mounter.ts).
  const mount = inviteMounter({
    profile: page.profile.person,
    data: app.data.current,
    refresh: app.data.refresh,
    current,
    painted: (step) => shown?.root !== step.root || shown.stage !== step.stage || shown.painted,
    record: report,
    newReportId,
  });
  const watch = createDialogWatch(() => found, (dialog) => {
    // A dialog without the parts its step needs is reported, once per dialog.
    if (dialog.root !== reportedDialog && isDialogIncomplete(dialog)) {
      reportedDialog = dialog.root;
      incomplete(dialog);
    }
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
    if (signal.aborted) return;
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
    scan(true);
  };

  return {
    scan: () => scan(),
    seenSinceClick: () => seenSinceClick || !!found,
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
      seenSinceClick = false;
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
    },
  };
}
