// Puts a talking point's phrase into LinkedIn's note box at the cursor, the way the person would
// have typed it: a space on either side where needed, and a capital at the start of a sentence.
import { withPhrase } from '../core/talking-points/with-phrase';
import { fillNoteBox, readNoteBox, type NoteBox } from './note-box';

export { withPhrase };

export function insertAtCursor(box: NoteBox, phrase: string): void {
  const current = readNoteBox(box);
  const textarea = box instanceof HTMLTextAreaElement ? box : null;
  const start = textarea?.selectionStart ?? current.length;
  const end = textarea?.selectionEnd ?? current.length;
  const next = withPhrase(current, start, end, phrase);
  fillNoteBox(box, next.text);
  textarea?.setSelectionRange(next.caret, next.caret);
}
