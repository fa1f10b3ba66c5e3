// Line and column (1-based, in UTF-16 code units like a textarea's selectionStart) of an index,
// so the editor can both show "line 2, column 5" and select the exact range.
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const lines = text.slice(0, index).split(/\r\n?|\n/);
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}
