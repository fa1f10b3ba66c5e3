// Remembers which Connect control the person clicked last, so the invite dialog knows whom it
// is for even at the note step, which names nobody (on search results, the person is the
// clicked result's, not the page's). Clicks are rare, so the scan per click is affordable. Only the
// person's own clicks count (event.isTrusted): a page script cannot say whom a dialog is for.
import { findConnectControls } from '../linkedin';

let lastOpener: Element | null = null;

export function trackOpeners(signal: AbortSignal, onConnect: () => void = () => undefined): void {
  const onClick = (event: Event) => {
    if (!event.isTrusted) return;
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const control = findConnectControls(document).find((c) => c.element.contains(target));
    if (!control) return;
    lastOpener = control.element;
    onConnect();
  };
  document.addEventListener('click', onClick, { capture: true, signal });
}

export function lastConnectOpener(): Element | null {
  return lastOpener;
}

/** A new page never inherits the previous page's clicked control. */
export function forgetOpener(): void {
  lastOpener = null;
}
