// composer.js: the composer's code (Preact, templates, coach, starter templates), injected by the
// background into the one frame where the person opened an invite dialog. It runs in the same
// isolated world as content.js and hands its entry point over on that world's global, which
// LinkedIn's own scripts cannot see.
import { mountComposer } from './mount';
import { readOwnProfile } from './own-profile';
import { watchMessageBoxes } from './message/watch';
import { t } from './i18n';
import { warmUpWhenIdle } from './warm-up';
import { describePage } from '../linkedin';
import { watchLifecycle } from './lifecycle';
import { report, reportsIdle } from './reports';
import { startInviteDialog } from './invite-dialog';

/** What composer.js hands to content.js (content/composer-loader.ts). */
export interface ComposerModule {
  mountComposer: typeof mountComposer;
  /** The sent page's rows and the person's withdrawals (content/lifecycle/ starts it). */
  watchLifecycle: typeof watchLifecycle;
  /** The composer beside each of LinkedIn's message boxes (content/message-box/ starts it). */
  watchMessageBoxes: typeof watchMessageBoxes;
  /** "Copy diagnostics": a page that could not be read is described here, from content.js's findings (content/page-health.ts). */
  describePage?: typeof describePage;
  /** The invite dialog's reader and note composer for content.js's page (content/invite-dialog.ts starts it). */
  startInviteDialog: typeof startInviteDialog;
  /** The document's outbox (composer/reports.ts): content/reports.ts hands every report to it once composer.js is here. */
  report: typeof report;
  /** Resolves once the reports made so far are delivered (content/reports.ts's loadComposerData waits for it). */
  reportsIdle: typeof reportsIdle;
  /** Run by the background (scripting.executeScript) when the person asks to fill About you. */
  readOwnProfile?: typeof readOwnProfile;
}

// The browser's first getMessage in a page loads the whole catalogue (a synchronous round trip to
// the browser, 7–50 ms measured): content.js has usually asked already while composer.js was on its
// way (head-start.ts); else it is paid here, not in the composer's first draw after the click.
t('ui_lang');
warmUpWhenIdle(document);

(globalThis as { __rapportComposer?: ComposerModule }).__rapportComposer = { mountComposer, startInviteDialog, watchLifecycle, readOwnProfile, watchMessageBoxes, describePage, report, reportsIdle };
