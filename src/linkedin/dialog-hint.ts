// Decides from a mutation batch alone whether an invite dialog may have opened, changed step
// or closed, so the full dialog reader runs only then. Looking only at what was added keeps
// the cost proportional to the change, not to the page: a page that appends 20,000 rows must
// not pay a document-wide query per batch.
import { ADD_NOTE_LABEL, LANGS, SEND_WITHOUT_NOTE_LABEL } from './i18n';
import { dialogScopes, type Scope } from './dom';

/** Where an invite dialog can be, in any era (proof: proof/dialog.ts). */
export const DIALOG_LIKE = '[role="dialog"], [role="alertdialog"], dialog, .send-invite, [data-test-modal-id]';

export function batchMayTouchDialog(records: readonly MutationRecord[], openDialog: Element | null): boolean {
  // Indexed loops: this runs on every batch from the places dialogs appear, and allocates nothing.
  let lastTarget: Node | null = null;
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    const target = record.target;
    // A page that appends many rows to one list makes one record per row, all with one target.
    if (target !== lastTarget) {
      lastTarget = target;
      if (openDialog && (!openDialog.isConnected || openDialog.contains(target))) return true;
      if (target.nodeType === 1 && (target as Element).closest(DIALOG_LIKE)) return true;
    }
    const added = record.addedNodes;
    for (let n = 0; n < added.length; n++) {
      const node = added[n]!;
      if (node.nodeType !== 1) continue; // text and comments hold no dialog
      const el = node as Element;
      // A leaf (a row of text) cannot hold a dialog: no need to search below it.
      if (el.matches(DIALOG_LIKE) || (el.firstElementChild !== null && el.querySelector(DIALOG_LIKE))) return true;
    }
  }
  return false;
}

/**
 * What shows an invite step at a glance, in every era: LinkedIn's invite or weekly-limit modal,
 * the note box, step 1's "Add a note" / "Send without a note" (the aria-labels in i18n.ts). The
 * exact reader (dialog.ts) comes with composer.js; this decides whether to fetch it when no press
 * on Connect did (a deep link, a dialog opened from a control we do not know).
 */
export const INVITE_MARKS = /* @__PURE__ */ [
  '.send-invite', '[data-test-modal-id="send-invite-modal"]', '[data-test-modal-id="ip-fuse-limit-alert"]',
  'textarea#custom-message', 'textarea[name="message"]',
  ...LANGS.flatMap((l) => [...ADD_NOTE_LABEL[l], ...SEND_WITHOUT_NOTE_LABEL[l]]).map((label) => `button[aria-label="${label.replace(/["\\]/g, '\\$&')}"]`),
].join(', ');

/** Whether an invite dialog may be open under `root` (its modal outlets and shadow roots). */
export function mayShowInviteDialog(root: Scope): boolean {
  try {
    return dialogScopes(root).some((scope) => scope.querySelector(INVITE_MARKS) !== null);
  } catch {
    return false;
  }
}

