// Decides from a mutation batch alone whether an invite dialog may have opened, changed step
// or closed, so the full dialog reader runs only then. Looking only at what was added keeps
// the cost proportional to the change, not to the page: a page that appends 20,000 rows must
// not pay a document-wide query per batch.

/** Where an invite dialog can be, in any era (proof: proof/dialog.ts). */
export const DIALOG_LIKE = '[role="dialog"], [role="alertdialog"], dialog, .send-invite, [data-test-modal-id]';

export function batchMayTouchDialog(records: MutationRecord[], openDialog: Element | null): boolean {
  let lastTarget: Node | null = null;
  for (const record of records) {
    const target = record.target;
    // A page that appends many rows to one list makes one record per row, all with one target.
    if (target !== lastTarget) {
      lastTarget = target;
      if (openDialog && (!openDialog.isConnected || openDialog.contains(target))) return true;
      if (target instanceof Element && target.closest(DIALOG_LIKE)) return true;
    }
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      // A leaf (a row of text) cannot hold a dialog: no need to search below it.
      if (node.matches(DIALOG_LIKE) || (node.firstElementChild !== null && node.querySelector(DIALOG_LIKE))) return true;
    }
  }
  return false;
}
