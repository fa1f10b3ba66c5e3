// A keyboard-navigable list in sections that renders only the headers and rows in view, so the
// queue stays fast with 10,000 invitations. Rows have one fixed height (see layout.ts). It is a
// listbox with one active row (aria-activedescendant); focus stays on the list itself.
import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { revealScrollTop, rowAt, visibleEntries, visibleRanges, type Layout, type SectionBox } from './layout';

export interface VirtualListProps<K extends string> {
  layout: Layout<K>;
  height: number;
  label: string;
  activeRow: number;
  listRef?: Ref<HTMLDivElement>;
  onActiveChange(row: number): void;
  /** Called with the rows in view (plus overscan) whenever they change, to load their pages. */
  onVisible(ranges: Map<K, { from: number; to: number }>): void;
  renderHeader(section: SectionBox<K>): ComponentChildren;
  renderRow(key: K, index: number): ComponentChildren;
  rowLabel(key: K, index: number): string;
}

export const rowDomId = (key: string, index: number) => `row-${key}-${index}`;

export function VirtualList<K extends string>(props: VirtualListProps<K>) {
  const { layout, height, activeRow } = props;
  const [scrollTop, setScrollTop] = useState(0);
  const box = useRef<HTMLDivElement | null>(null);
  const mounted = useRef(false);

  // Keep the active row in view when the keyboard moves it (and its section header, for a first row).
  useLayoutEffect(() => {
    const el = box.current;
    const at = rowAt(layout, activeRow);
    if (!el || !at) return;
    // A list just mounted is at its top: reading el.scrollTop would lay the page out before the
    // first frame only to learn that (reading it forces a synchronous layout).
    const current = mounted.current ? el.scrollTop : 0;
    mounted.current = true;
    const next = revealScrollTop(current, height, at.top, layout.rowHeight, at.index === 0 ? layout.headerHeight : 0);
    if (next !== current) {
      el.scrollTop = next;
      setScrollTop(el.scrollTop);
    }
  }, [activeRow, layout, height]);

  // A shorter list (after an action) can leave the old scroll position past its end.
  const top = Math.min(scrollTop, Math.max(0, layout.height - height));
  const entries = useMemo(() => visibleEntries(layout, top, height), [layout, top, height]);
  const ranges = useMemo(() => visibleRanges(entries), [entries]);
  const rangeKey = [...ranges].map(([k, r]) => `${k}:${r.from}-${r.to}`).join(',');
  const onVisible = props.onVisible;
  // Keyed on the ranges' text, not the Map, so scrolling within the same rows loads nothing.
  useEffect(() => onVisible(ranges), [rangeKey, onVisible]);

  const active = rowAt(layout, activeRow);
  const setRef = (el: HTMLDivElement | null) => {
    box.current = el;
    const ref = props.listRef;
    if (typeof ref === 'function') ref(el);
    else if (ref) ref.current = el;
  };

  return (
    <div ref={setRef} class="vlist" role="listbox" tabIndex={0} aria-label={props.label}
      aria-activedescendant={active ? rowDomId(active.section.key, active.index) : undefined}
      style={{ height: `${height}px` }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}>
      <div class="vlist-space" style={{ height: `${layout.height}px` }}>
        {entries.map((entry) =>
          entry.kind === 'header' ? (
            <div key={`h-${entry.section.key}`} class="section-header" role="presentation"
              style={{ top: `${entry.top}px`, height: `${layout.headerHeight}px` }}>
              {props.renderHeader(entry.section)}
            </div>
          ) : (
            <div key={rowDomId(entry.section.key, entry.index)} id={rowDomId(entry.section.key, entry.index)}
              role="option" aria-selected={entry.row === activeRow} aria-setsize={layout.rowCount} aria-posinset={entry.row + 1}
              aria-label={props.rowLabel(entry.section.key, entry.index)}
              class={entry.row === activeRow ? 'row active' : 'row'} data-bucket={entry.section.key}
              style={{ top: `${entry.top}px`, height: `${layout.rowHeight}px` }}
              onClick={() => props.onActiveChange(entry.row)}>
              {props.renderRow(entry.section.key, entry.index)}
            </div>
          ),
        )}
      </div>
    </div>
  );
}
