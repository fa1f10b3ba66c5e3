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

/**
 * `onConnect` after the person's own click on a Connect control; `onPress` already at the press
 * (pointerdown) on one, a tenth of a second or so before the click: enough to fetch composer.js
 * while LinkedIn has not even drawn its dialog.
 */
export function initClickedControl(signal: AbortSignal, onConnect: () => void, onPress: () => void = () => undefined): ClickedControl {
  let last: Element | null = null;
  const connectAt = (event: Event) => {
    if (!event.isTrusted) return null;
    const target = event.target instanceof Element ? event.target : null;
    return target ? (findConnectControls(document).find((c) => c.element.contains(target)) ?? null) : null;
  };
  const onClick = (event: Event) => {
    const control = connectAt(event);
    if (!control) return;
    last = control.element;
    onConnect();
  };
  document.addEventListener('click', onClick, { capture: true, signal });
  // Once per page is enough (composer.js stays for the document's life): later presses cost nothing.
  const firstPress = new AbortController();
  signal.addEventListener('abort', () => firstPress.abort(), { once: true });
  const onPointerDown = (event: Event) => {
    if (!connectAt(event)) return;
    firstPress.abort();
    onPress();
  };
  document.addEventListener('pointerdown', onPointerDown, { capture: true, signal: firstPress.signal });
  return { last: () => last };
}
