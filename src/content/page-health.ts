// Tells the background, quietly, when the page in view could not be read: a profile page that
// showed no name by the time LinkedIn had drawn it, or an invite dialog without the parts its step
// needs. The popup then shows a small mark with "Copy diagnostics" (popup/HealthMark.tsx). The
// report holds Rapport's own words and counts only (linkedin/diagnostics.ts), never page text.
// content.js adds what its reader found (profileFindings); the rest of the report (element counts,
// the dialog's parts) is made by composer.js (describePage): only a page that failed needs it. A
// dialog is only found once composer.js is there; for an unread profile it is fetched then (once
// per document, composer-loader.ts).
import { isDialogIncomplete, profileFindings, type InviteDialog } from '../linkedin';
import type { ComposerLoader } from './composer-loader';
import { failedSendCount, sendAndForget } from './send';

type Problem = 'profile-unread' | 'dialog-incomplete';

async function report(composer: Pick<ComposerLoader, 'load'>, problem: Problem, dialog?: InviteDialog): Promise<void> {
  const findings = profileFindings(document, location.href);
  const module = await composer.load().catch(() => null);
  // Without composer.js (the background could not add it) the report has the reader's findings only.
  const diagnostics = module?.describePage ? module.describePage(document, problem, findings, dialog) : { problem, ...findings, counts: {} };
  const failed = failedSendCount();
  if (failed > 0) diagnostics.counts.failedSends = failed;
  sendAndForget({ type: 'page.health', report: diagnostics });
}

/** A profile page without a readable name, after the wait for its card. */
export const reportUnreadProfile = (composer: Pick<ComposerLoader, 'load'>): void => void report(composer, 'profile-unread');

/** Per page: reports an invite dialog that lacks what its step needs, once per dialog. */
export function dialogPartsCheck(composer: Pick<ComposerLoader, 'load'>): (dialog: InviteDialog) => void {
  let reportedDialog: Element | null = null;
  return (dialog) => {
    if (dialog.root === reportedDialog || !isDialogIncomplete(dialog)) return;
    reportedDialog = dialog.root;
    void report(composer, 'dialog-incomplete', dialog);
  };
}
