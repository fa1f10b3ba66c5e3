// The invite dialog on this page, as far as content.js goes: until composer.js is in the page, a
// glance at the places dialogs appear (and a press on Connect) tells whether to fetch it; from
// then on composer.js's part (composer/invite-dialog.ts) finds the dialog, mounts the composer and
// hears this page's batches and clicks. What stays here works without composer.js: if no dialog
// comes after a Connect click (a new layout, composer.js not injected), the popup is told and
// offers the side panel instead (no DOM needed there).
import { batchMayTouchDialog, mayShowInviteDialog } from '../linkedin';
import type { InviteDialogFeature } from '../composer/invite-dialog';
import type { ComposerModule } from '../composer/entry';
import type { PageFeature } from './page';
import { reportIncompleteDialog } from './page-health';
import { sendAndForget } from './send';
import { after, whenIdle } from './signal-bound';

/** How long after a Connect click a dialog that never came is told to the popup. */
const DIALOG_GRACE_MS = 4_000;

export const inviteDialog: PageFeature = {
  init(signal, page) {
    const { app } = page;
    let feature: InviteDialogFeature | null = null;
    let requested = false;
    let clicked = false;
    const start = (module: ComposerModule) => {
      if (feature || signal.aborted) return;
      feature = module.startInviteDialog(signal, page, (dialog) => reportIncompleteDialog(app.composer, dialog));
      // A click made while composer.js was on its way is looked after now (the dialog may be open).
      if (clicked) feature.connectClicked();
      else feature.scan();
    };
    // At most one fetch at a time; a failed one (null) lets a later glance or click ask again.
    const request = () => {
      const module = app.composer.loaded();
      if (module || requested) return module && start(module);
      requested = true;
      void app.composer.load().then((loaded) => {
        requested = false;
        if (loaded) start(loaded);
      });
    };
    const glance = () => mayShowInviteDialog(document) && request();
    // A deep link's application batches glance once per frame, before its paint, however many came.
    let glanceQueued = false;

    // A dialog already on screen when the page starts (a deep link) gets its composer, once
    // LinkedIn's own load has left the main thread (a deep link's data is fetched then, too; on
    // other pages at the approach to Connect, page.ts).
    whenIdle(signal, () => {
      if (page.kind === 'invite-deep-link') void app.data.refresh();
      if (app.composer.loaded()) request();
      else glance();
    });

    return {
      dialogBatch(records) {
        if (feature) feature.dialogBatch(records);
        else if (!requested && batchMayTouchDialog(records, null)) glance();
      },
      appBatch() {
        if (feature) feature.appBatch();
        else if (page.kind === 'invite-deep-link' && !requested && !glanceQueued) {
          glanceQueued = true;
          requestAnimationFrame(() => {
            glanceQueued = false;
            if (!signal.aborted && !requested) glance();
          });
        }
      },
      connectClicked() {
        clicked = true;
        if (feature) feature.connectClicked();
        else request();
        // The page's person is read only if no dialog came (not in the click's task: the dialog's).
        after(signal, DIALOG_GRACE_MS, () => {
          if (!feature?.seenSinceClick()) sendAndForget({ type: 'composer.dialog-missing', profileUrl: page.profile.person()?.profileUrl ?? undefined });
        });
      },
    };
  },
};
