// Puts the note on the clipboard. The asynchronous Clipboard API works in extension pages after a
// click; when it refuses (an unfocused panel, an older browser), the text box's own text is
// selected and copied the old way, so the person can paste it into LinkedIn's note box.
import { normalizeLineBreaks } from '../core/count';

export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/** Whether the note reached the clipboard. */
export async function copyNote(text: string, clipboard: ClipboardLike | undefined, box: HTMLTextAreaElement | null): Promise<boolean> {
  const note = normalizeLineBreaks(text);
  try {
    if (!clipboard) throw new Error('no Clipboard API');
    await clipboard.writeText(note);
    return true;
  } catch {
    return copyBySelection(box, note);
  }
}

function copyBySelection(box: HTMLTextAreaElement | null, note: string): boolean {
  if (!box || box.value !== note) return false;
  box.focus();
  box.select();
  try {
    // Deprecated but still supported, and the only fallback that needs no permission.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
