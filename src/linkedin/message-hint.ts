// Decides cheaply whether a message box may be there, so the message-box reader (messaging.ts, in
// composer.js) runs, and is fetched, only then. From a mutation batch: an added subtree holding an
// editable element (typing in LinkedIn's editor, its <p> and text nodes, never qualifies). From the
// page: a glance for an editor as the reader wants it (editable, a textbox, in a form), without its
// Send and recipient; a comment box in a form passes the glance too, and the reader then says no.
// The batch checks run on every observed batch: indexed loops, no iterator or array is allocated.
import { dialogScopes, type Scope } from './dom';
import { EDITOR, IS_TEXTBOX, MESSAGE_EDITOR_HINT as EDITABLE } from './messaging';

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

/** Every box findMessageBoxes can find has such an editor (in the same scopes). */
const GLANCE = /* @__PURE__ */ `form ${EDITOR}:is(${IS_TEXTBOX})`;

/** Whether a message box may be open under `root` (and the open shadow roots LinkedIn's dialogs use). */
export function mayShowMessageBox(root: Scope): boolean {
  try {
    return dialogScopes(root).some((scope) => scope.querySelector(GLANCE) !== null);
  } catch {
    return false;
  }
}
