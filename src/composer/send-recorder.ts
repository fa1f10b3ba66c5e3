// Notices the person's own click on LinkedIn's Send (with or without a note) and reports it.
// Rapport only listens: the click is the person's, and LinkedIn handles it as usual. Only the
// person's own clicks count (event.isTrusted): a page script's button.click() records nothing.
import { clickedControl } from '../linkedin';

export interface SendControls {
  /** The dialog element (or its shadow root) that holds the controls. */
  root: Element | ShadowRoot;
  isSend(target: Element): boolean;
  isSendWithoutNote(target: Element): boolean;
  readNote(): string;
}

export type SendReport = (note: string, withNote: boolean) => void;

/** Listens in the capture phase so the report happens before LinkedIn closes the dialog. */
export function recordSends(controls: SendControls, report: SendReport, signal: AbortSignal): void {
  const onClick = (event: Event) => {
    if (!event.isTrusted) return;
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const control = clickedControl(target);
    if (!control) return;
    if (controls.isSend(control)) report(controls.readNote(), true);
    else if (controls.isSendWithoutNote(control)) report('', false);
  };
  controls.root.addEventListener('click', onClick, { capture: true, signal });
}
