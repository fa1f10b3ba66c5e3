// Decides from a mutation batch alone whether a message box may have appeared or gone, so the
// message-box reader runs only then: an added subtree holding an editable element, or a box we
// know that left the page. Typing in LinkedIn's editor (its <p> and text nodes) never qualifies.
import { MESSAGE_EDITOR_HINT as EDITABLE } from '../../linkedin';

export function batchMayTouchMessageBox(records: MutationRecord[], open: readonly Element[]): boolean {
  for (const root of open) if (!root.isConnected) return true;
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.matches(EDITABLE) || (node.firstElementChild !== null && node.querySelector(EDITABLE))) return true;
    }
  }
  return false;
}
