// Remembers which Connect control the person clicked last on this page, so the invite dialog
// knows whom it is for even at the note step, which names nobody (on search results, the person
// is the clicked result's, not the page's). Clicks are rare, so the scan per click is affordable.
// Only the person's own clicks count (event.isTrusted): a page script cannot say whom a dialog is
// for. A new page starts with no clicked control.
import { findConnectControls } from '../linkedin';

export interface ClickedControl {
  /** The Connect control the person clicked last on this page, or null. */
  last(): Element | null;
}

export function initClickedControl(signal: AbortSignal, onConnect: () => void): ClickedControl {
  let last: Element | null = null;
  const onClick = (event: Event) => {
    if (!event.isTrusted) return;
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const control = findConnectControls(document).find((c) => c.element.contains(target));
    if (!control) return;
    last = control.element;
    onConnect();
  };
  document.addEventListener('click', onClick, { capture: true, signal });
  return { last: () => last };
}
