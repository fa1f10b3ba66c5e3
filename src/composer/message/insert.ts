// Puts text into LinkedIn's message editor the way that editor accepts it (LINKEDIN.md §14): its
// own state changes only from the input events typing fires, so text set straight into the DOM
// (or pasted as markup) shows while Send stays disabled. What works (several projects agree): select the
// editor's content, announce it with a bubbling `input` (Firefox then sees the selection), then
// execCommand('insertText') line by line with 'insertParagraph' between the lines — the events a
// person's typing makes. Rapport never presses Send.
import { readMessageText } from '../../linkedin';

/** Replaces the editor's content with `text`; false when the editor did not take it. */
export function insertIntoEditor(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;
  editor.focus();
  const range = doc.createRange();
  range.selectNodeContents(editor);
  selection.removeAllRanges();
  selection.addRange(range);
  editor.dispatchEvent(new Event('input', { bubbles: true }));
  const lines = text.trim().split('\n');
  try {
    lines.forEach((line, i) => {
      if (i > 0) doc.execCommand('insertParagraph');
      if (line) doc.execCommand('insertText', false, line);
    });
  } catch {
    return false;
  }
  return readMessageText(editor) === lines.join('\n').trim();
}
