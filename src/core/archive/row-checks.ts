// Checks every data row passes before its cells mean anything, shared by both file readers.
import type { RejectedRow } from './archive-types';

/** Longer than any real LinkedIn cell (notes are ≤ 300 characters); past this a row is hostile or broken. */
export const MAX_CELL_LENGTH = 10_000;
/** The stored record's own limits (see Invitation in schemas.ts). */
export const MAX_NAME_LENGTH = 200;
export const MAX_NOTE_LENGTH = 2000;

/** Why the row's shape is unusable, or null when it is fine. */
export function rowShapeProblem(cells: readonly string[], headerWidth: number): string | null {
  if (cells.some((cell) => cell.length > MAX_CELL_LENGTH)) {
    return `a cell is longer than ${MAX_CELL_LENGTH.toLocaleString('en-US')} characters`;
  }
  // A count that differs from the header means an unquoted comma or a cut line: reading it by
  // position would put values in the wrong columns.
  if (cells.length !== headerWidth) {
    return `it has ${cells.length} cells where the header has ${headerWidth}`;
  }
  return null;
}

/** The row as the person would recognise it: the first 80 characters, on one line. */
export function rowPreview(cells: readonly string[]): string {
  const joined = cells.map((cell) => (cell.length > 80 ? `${cell.slice(0, 80)}…` : cell)).join(',');
  const oneLine = joined.replace(/\s+/g, ' ');
  return oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
}

export function rejectRow(file: string, record: number, cells: readonly string[], reason: string): RejectedRow {
  return { file, record, reason, preview: rowPreview(cells) };
}
