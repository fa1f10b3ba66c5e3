// Remembers which Connect control the person clicked last on this page, so the invite dialog
// knows whom it is for even at the note step, which names nobody (on search results, the person
// is the clicked result's, not the page's). Only the person's own events count (event.isTrusted):
// a page script cannot say whom a dialog is for, nor make Rapport fetch anything. A new page
// starts with no clicked control. Every event is first checked cheaply (connectControlAt); the
// page's controls are read only for an event on a Connect control.
import { connectControlAt, findConnectControls, inviteeFromControl, type Invitee } from '../linkedin';

export interface ClickedControl {
  /** The Connect control the person clicked last on this page, or null. */
  last(): Element | null;
  /** Whom that control invites: read once, at the press (or Tab) on it, not when the dialog opens. */
  invitee(): Invitee | null;
}

/**
 * `onConnect` after the person's own click on a Connect control; `onApproach` once per page, as
 * the person comes to one: the pointer enters it (pointerover), Tab reaches it (keyup), or a press
 * on it. A hover or a press comes a tenth of a second or more before the click: enough for
 * composer.js to be fetched and parsed while LinkedIn has not even drawn its dialog.
 */
export function initClickedControl(signal: AbortSignal, onConnect: () => void, onApproach: () => void = () => undefined): ClickedControl {
  let last: Element | null = null;
  let read: { control: Element; invitee: Invitee } | null = null;
  const inviteeOf = (control: Element) => {
    if (read?.control !== control) read = { control, invitee: inviteeFromControl(control) };
    return read.invitee;
  };
  const targetOf = (event: Event) => (event.isTrusted && event.target instanceof Element ? event.target : null);
  /** The page's Connect control the person's event is on (the page's own: a profile's subject, a result's). */
  const connectAt = (event: Event) => {
    const target = targetOf(event);
    if (!target || !connectControlAt(target)) return null;
    return findConnectControls(document).find((c) => c.element.contains(target))?.element ?? null;
  };
  // Once per page is enough (composer.js stays for the document's life): later approaches cost nothing.
  const firstApproach = new AbortController();
  signal.addEventListener('abort', () => firstApproach.abort(), { once: true });
  const approached = () => {
    if (firstApproach.signal.aborted) return;
    firstApproach.abort();
    onApproach();
  };
  const listen = (type: string, handler: (event: Event) => void, until = signal) =>
    document.addEventListener(type, handler, { capture: true, signal: until });

  listen('click', (event) => {
    // The control found at the press (or Tab) on it is not looked for again: the click comes in the
    // same task as LinkedIn's dialog, and the composer's first draw waits for this one.
    const target = targetOf(event);
    const control = target && read?.control.isConnected && read.control.contains(target) ? read.control : connectAt(event);
    if (!control) return;
    last = control;
    inviteeOf(control);
    onConnect();
  });
  const pressOrTab = (event: Event) => {
    const control = connectAt(event);
    if (!control) return;
    inviteeOf(control);
    approached();
  };
  listen('pointerdown', pressOrTab);
  // Focus moves on Tab's keydown, so its keyup lands on the control reached (a script's focus() makes no key event).
  listen('keyup', (event) => (event as KeyboardEvent).key === 'Tab' && pressOrTab(event));
  listen('pointerover', (event) => {
    const target = targetOf(event);
    if (target && connectControlAt(target)) approached();
  }, firstApproach.signal);
  return { last: () => last, invitee: () => (last ? inviteeOf(last) : null) };
}
