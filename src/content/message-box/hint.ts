// Decides from a mutation batch alone whether a message box may have appeared, so the message-box
// reader runs only then: an added subtree holding an editable element. Typing in LinkedIn's editor
// (its <p> and text nodes) never qualifies. Runs on every observed batch: indexed loops, no
// iterator or array is allocated.
import { MESSAGE_EDITOR_HINT as EDITABLE } from '../../linkedin';

export function batchAddsEditor(records: readonly MutationRecord[]): boolean {
  for (let r = 0; r < records.length; r++) {
    const nodes = records[r]!.addedNodes;
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n]!;
      if (node.nodeType !== 1) continue; // text and comments: typing, never a box
      const el = node as Element;
      if (el.matches(EDITABLE) || (el.firstElementChild !== null && el.querySelector(EDITABLE) !== null)) return true;
    }
  }
  return false;
}

/** Whether any of the boxes we know left the page (`open` is the watch's own list, never copied). */
function anyDisconnected(open: readonly Element[]): boolean {
  for (let i = 0; i < open.length; i++) if (!open[i]!.isConnected) return true;
  return false;
}

/** A box may have appeared or gone: a box we know left the page, or an editor was added. */
export function batchMayTouchMessageBox(records: readonly MutationRecord[], open: readonly Element[]): boolean {
  return anyDisconnected(open) || batchAddsEditor(records);
}
