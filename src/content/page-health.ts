// Tells the background, quietly, when the page in view could not be read: a profile page that
// showed no name by the time LinkedIn had drawn it, or an invite dialog without the parts its step
// needs. The popup then shows a small mark with "Copy diagnostics" (popup/HealthMark.tsx). The
// report holds Rapport's own words and counts only (linkedin/diagnostics.ts), never page text.
// The report is made by composer.js (its diagnose): only a page that failed needs it, so the
// script on every LinkedIn page does not carry it. A dialog is only found once composer.js is
// there; for an unread profile it is fetched then (once per document, composer-loader.ts).
import { isDialogIncomplete, pageKind, type InviteDialog } from '../linkedin';
import type { ComposerLoader } from './composer-loader';
import { failedSendCount, sendAndForget } from './send';

type Problem = 'profile-unread' | 'dialog-incomplete';

async function report(composer: Pick<ComposerLoader, 'load'>, problem: Problem, dialog?: InviteDialog): Promise<void> {
  const module = await composer.load().catch(() => null);
  // Without composer.js (the background could not add it) the report says only what kind of page.
  const diagnostics = module?.diagnose
    ? module.diagnose(document, problem, location.href, dialog)
    : { problem, kind: pageKind(location.href, document), era: null, signals: [], found: [], missing: [], counts: {} };
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
