// The queue's windowing math: what is rendered, where, and how the keyboard moves.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { layoutSections, moveRow, revealScrollTop, rowAt, visibleEntries, visibleRanges } from '../../../src/popup/layout';

const ROW = 64;
const HEAD = 30;

describe('layoutSections', () => {
  test('stacks header + rows per section and skips empty sections', () => {
    const layout = layoutSections([{ key: 'due', count: 2 }, { key: 'waiting', count: 0 }, { key: 'stale', count: 3 }], ROW, HEAD);
    expect(layout.sections.map((s) => [s.key, s.top, s.rowsTop, s.firstRow])).toEqual([
      ['due', 0, 30, 0],
      ['stale', 158, 188, 2],
    ]);
    expect(layout.rowCount).toBe(5);
    expect(layout.height).toBe(30 + 2 * 64 + 30 + 3 * 64);
  });

  test('an empty queue has no rows and no height', () => {
    const layout = layoutSections([{ key: 'due', count: 0 }], ROW, HEAD);
    expect(layout).toMatchObject({ rowCount: 0, height: 0, sections: [] });
    expect(rowAt(layout, 0)).toBeUndefined();
    expect(visibleEntries(layout, 0, 300)).toEqual([]);
  });
});

describe('rowAt', () => {
  const layout = layoutSections([{ key: 'due', count: 3 }, { key: 'waiting', count: 4 }, { key: 'stale', count: 2 }], ROW, HEAD);

  test('a flat row maps to its section, index and top', () => {
    expect(rowAt(layout, 0)).toMatchObject({ section: { key: 'due' }, index: 0, top: 30 });
    expect(rowAt(layout, 3)).toMatchObject({ section: { key: 'waiting' }, index: 0, top: 30 + 3 * 64 + 30 });
    expect(rowAt(layout, 8)).toMatchObject({ section: { key: 'stale' }, index: 1 });
    expect(rowAt(layout, 9)).toBeUndefined();
    expect(rowAt(layout, -1)).toBeUndefined();
  });
});

describe('visibleEntries', () => {
  test('10,000 rows render only what fits the view plus overscan', () => {
    const layout = layoutSections([{ key: 'due', count: 4000 }, { key: 'waiting', count: 3000 }, { key: 'stale', count: 3000 }], ROW, HEAD);
    const entries = visibleEntries(layout, 320_000, 256, 4);
    expect(entries.length).toBeLessThanOrEqual(Math.ceil(256 / ROW) + 2 * 4 + 2);
    expect(entries.every((e) => e.kind === 'row')).toBe(true);
    // The rows cover the visible window.
    const tops = entries.map((e) => e.top);
    expect(Math.min(...tops)).toBeLessThanOrEqual(320_000);
    expect(Math.max(...tops) + ROW).toBeGreaterThanOrEqual(320_000 + 256);
  });

  test('a section header in view is rendered before its rows', () => {
    const layout = layoutSections([{ key: 'due', count: 2 }, { key: 'waiting', count: 5 }], ROW, HEAD);
    const entries = visibleEntries(layout, 0, 256, 0);
    expect(entries.map((e) => (e.kind === 'header' ? `h:${e.section.key}` : `${e.section.key}${e.index}`))).toEqual([
      'h:due', 'due0', 'due1', 'h:waiting', 'waiting0', 'waiting1',
    ]);
  });

  test('property: every row intersecting the view is rendered exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 50, max: 600 }),
        (counts, scrollTop, height) => {
          const layout = layoutSections(counts.map((count, i) => ({ key: `s${i}`, count })), ROW, HEAD);
          const rows = visibleEntries(layout, scrollTop, height, 0).filter((e) => e.kind === 'row').map((e) => (e.kind === 'row' ? e.row : -1));
          expect(new Set(rows).size).toBe(rows.length);
          for (let row = 0; row < layout.rowCount; row++) {
            const top = rowAt(layout, row)!.top;
            const intersects = top < scrollTop + height && top + ROW > scrollTop;
            if (intersects) expect(rows).toContain(row);
          }
        },
      ),
    );
  });

  test('visibleRanges gives the index range per section for paging', () => {
    const layout = layoutSections([{ key: 'due', count: 2 }, { key: 'waiting', count: 500 }], ROW, HEAD);
    const ranges = visibleRanges(visibleEntries(layout, 0, 256, 4));
    expect(ranges.get('due')).toEqual({ from: 0, to: 2 });
    expect(ranges.get('waiting')?.from).toBe(0);
    expect(ranges.get('waiting')!.to).toBeGreaterThan(1);
    expect(ranges.size).toBe(2);
  });
});

describe('revealScrollTop', () => {
  test('scrolls as little as needed to show the row', () => {
    expect(revealScrollTop(0, 256, 64, 64)).toBe(0);
    expect(revealScrollTop(0, 256, 256, 64)).toBe(64);
    expect(revealScrollTop(500, 256, 400, 64)).toBe(400);
    expect(revealScrollTop(500, 256, 400, 64, 30)).toBe(370);
    expect(revealScrollTop(10, 256, 20, 64, 30)).toBe(0);
  });
});

describe('moveRow', () => {
  test('clamps to the list and starts at the top when nothing is active', () => {
    expect(moveRow(0, 1, 5)).toBe(1);
    expect(moveRow(4, 1, 5)).toBe(4);
    expect(moveRow(0, -1, 5)).toBe(0);
    expect(moveRow(2, 8, 5)).toBe(4);
    expect(moveRow(-1, 1, 5)).toBe(0);
    expect(moveRow(0, 1, 0)).toBe(-1);
  });
});
