// Tells the background, quietly, when the page in view could not be read: a profile page that
// showed no name by the time LinkedIn had drawn it, or an invite dialog without the parts its step
// needs. The popup then shows a small mark with "Copy diagnostics" (popup/HealthMark.tsx). The
// report holds Rapport's own words and counts only (linkedin/diagnostics.ts), never page text.
// content.js adds what its reader found (profileFindings); the rest of the report (element counts,
// the dialog's parts) is made by composer.js (describePage) when it is already in the page. It is
// never fetched for a report: after a LinkedIn redesign every profile would be unread, and every
// profile view would then pay for the composer. (A dialog is only found once composer.js is there,
// so a dialog's report always has its parts.) The report is made at once, from the page in view.
import { profileFindings, type InviteDialog } from '../linkedin';
import type { ComposerLoader } from './composer-loader';
import { failedSendCount, sendAndForget } from './send';

type Problem = 'profile-unread' | 'dialog-incomplete';

function diagnose(composer: Pick<ComposerLoader, 'loaded'>, problem: Problem, dialog?: InviteDialog) {
  const findings = profileFindings(document, location.href);
  const module = composer.loaded();
  // Without composer.js the report has the reader's findings (fields, era, signals) only.
  const diagnostics = module?.describePage ? module.describePage(document, problem, findings, dialog) : { problem, ...findings, counts: {} };
  const failed = failedSendCount();
  if (failed > 0) diagnostics.counts.failedSends = failed;
  return diagnostics;
}

const report = (composer: Pick<ComposerLoader, 'loaded'>, problem: Problem, dialog?: InviteDialog): void =>
  sendAndForget({ type: 'page.health', report: diagnose(composer, problem, dialog) });

/** The report of an unread profile, for the background that asked for the person (page.ts observe). */
export const unreadProfileDiagnostics = (composer: Pick<ComposerLoader, 'loaded'>) => diagnose(composer, 'profile-unread');

/** A profile page without a readable name, after the wait for its card. */
export const reportUnreadProfile = (composer: Pick<ComposerLoader, 'loaded'>): void => report(composer, 'profile-unread');

/** An invite dialog that lacks what its step needs (composer/invite-dialog.ts tells, once per dialog). */
export const reportIncompleteDialog = (composer: Pick<ComposerLoader, 'loaded'>, dialog: InviteDialog): void => report(composer, 'dialog-incomplete', dialog);
