// Reading and filling LinkedIn's own note box. LinkedIn's frameworks (Ember, then React) track
// the value through the element's property setter and only notice a change on an `input`
// event: setting `.value` alone leaves Send disabled. We set the value through the prototype's
// setter (bypassing any per-instance tracker) and then dispatch the event a keystroke would.

export type NoteBox = HTMLTextAreaElement | HTMLElement;

export function readNoteBox(box: NoteBox): string {
  return box instanceof HTMLTextAreaElement ? box.value : (box.textContent ?? '');
}

export function fillNoteBox(box: NoteBox, text: string): void {
  if (box instanceof HTMLTextAreaElement) {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    if (setter) setter.call(box, text);
    else box.value = text;
  } else {
    // The 2026 `role=textbox` variant is a content-editable element.
    box.textContent = text;
  }
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: text }));
  box.focus();
}
