// Where every section header and row of the queue sits in the scrolled list, and which of them
// are in view. Pure arithmetic, so the list renders ~20 nodes whether 10 or 10,000 people wait.
// Rows are addressed two ways: by section and index, and by one "flat" row number that the
// keyboard moves through (headers are skipped: they are not rows).

export interface SectionInput<K extends string = string> {
  key: K;
  count: number;
}

export interface SectionBox<K extends string = string> {
  key: K;
  count: number;
  /** Top of the section header. */
  top: number;
  /** Top of the section's first row. */
  rowsTop: number;
  /** Flat row number of the section's first row. */
  firstRow: number;
}

export interface Layout<K extends string = string> {
  sections: SectionBox<K>[];
  rowCount: number;
  height: number;
  rowHeight: number;
  headerHeight: number;
}

export type Visible<K extends string = string> =
  | { kind: 'header'; section: SectionBox<K>; top: number }
  | { kind: 'row'; section: SectionBox<K>; index: number; row: number; top: number };

/** Empty sections take no space: a section shows only when someone is in it. */
export function layoutSections<K extends string>(inputs: SectionInput<K>[], rowHeight: number, headerHeight: number): Layout<K> {
  const sections: SectionBox<K>[] = [];
  let top = 0;
  let firstRow = 0;
  for (const { key, count } of inputs) {
    if (count <= 0) continue;
    sections.push({ key, count, top, rowsTop: top + headerHeight, firstRow });
    top += headerHeight + count * rowHeight;
    firstRow += count;
  }
  return { sections, rowCount: firstRow, height: top, rowHeight, headerHeight };
}

/** Section and index of a flat row number, or undefined outside the list. */
export function rowAt<K extends string>(layout: Layout<K>, row: number): { section: SectionBox<K>; index: number; top: number } | undefined {
  if (row < 0 || row >= layout.rowCount) return undefined;
  for (const section of layout.sections) {
    const index = row - section.firstRow;
    if (index < section.count) return { section, index, top: section.rowsTop + index * layout.rowHeight };
  }
  return undefined;
}

/** Headers and rows that intersect [scrollTop - overscan rows, scrollTop + viewHeight + overscan rows). */
export function visibleEntries<K extends string>(layout: Layout<K>, scrollTop: number, viewHeight: number, overscanRows = 4): Visible<K>[] {
  const from = Math.max(0, scrollTop - overscanRows * layout.rowHeight);
  const to = scrollTop + viewHeight + overscanRows * layout.rowHeight;
  const out: Visible<K>[] = [];
  for (const section of layout.sections) {
    const bottom = section.rowsTop + section.count * layout.rowHeight;
    if (bottom <= from || section.top >= to) continue;
    if (section.rowsTop > from) out.push({ kind: 'header', section, top: section.top });
    const first = Math.max(0, Math.floor((from - section.rowsTop) / layout.rowHeight));
    const last = Math.min(section.count, Math.ceil((to - section.rowsTop) / layout.rowHeight));
    for (let index = first; index < last; index++) {
      out.push({ kind: 'row', section, index, row: section.firstRow + index, top: section.rowsTop + index * layout.rowHeight });
    }
  }
  return out;
}

/** Index ranges per section that are in view, for loading the pages they need. */
export function visibleRanges<K extends string>(entries: Visible<K>[]): Map<K, { from: number; to: number }> {
  const ranges = new Map<K, { from: number; to: number }>();
  for (const entry of entries) {
    if (entry.kind !== 'row') continue;
    const range = ranges.get(entry.section.key);
    if (!range) ranges.set(entry.section.key, { from: entry.index, to: entry.index + 1 });
    else range.to = Math.max(range.to, entry.index + 1);
  }
  return ranges;
}

/**
 * The scroll position that shows the box [top, top + height) whole, changing as little as
 * possible; `headerRoom` keeps a section header above the first row of a section visible too.
 */
export function revealScrollTop(scrollTop: number, viewHeight: number, top: number, height: number, headerRoom = 0): number {
  if (top - headerRoom < scrollTop) return Math.max(0, top - headerRoom);
  if (top + height > scrollTop + viewHeight) return top + height - viewHeight;
  return scrollTop;
}

/** Clamps a keyboard move to the list. */
export function moveRow(row: number, by: number, rowCount: number): number {
  if (rowCount <= 0) return -1;
  return Math.max(0, Math.min(rowCount - 1, (row < 0 ? 0 : row) + (row < 0 && by > 0 ? by - 1 : by)));
}
