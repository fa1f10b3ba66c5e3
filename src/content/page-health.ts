// Tells the background, quietly, when the page in view could not be read: a profile page that
// showed no name by the time LinkedIn had drawn it, or an invite dialog without the parts its step
// needs. The popup then shows a small mark with "Copy diagnostics" (popup/HealthMark.tsx). The
// report holds Rapport's own words and counts only (linkedin/diagnostics.ts), never page text.
import { diagnose, isDialogIncomplete, type InviteDialog } from '../linkedin';
import { failedSendCount, sendAndForget } from './send';

function report(problem: 'profile-unread' | 'dialog-incomplete', dialog?: InviteDialog): void {
  const diagnostics = diagnose(document, problem, location.href, dialog);
  const failed = failedSendCount();
  if (failed > 0) diagnostics.counts.failedSends = failed;
  sendAndForget({ type: 'page.health', report: diagnostics });
}

/** A profile page without a readable name, after the wait for its card. */
export const reportUnreadProfile = (): void => report('profile-unread');

/** Per page: reports an invite dialog that lacks what its step needs, once per dialog. */
export function dialogPartsCheck(): (dialog: InviteDialog) => void {
  let reportedDialog: Element | null = null;
  return (dialog) => {
    if (dialog.root === reportedDialog || !isDialogIncomplete(dialog)) return;
    reportedDialog = dialog.root;
    report('dialog-incomplete', dialog);
  };
}
