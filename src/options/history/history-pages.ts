// The history reads invitations a page at a time and only for the rows in view, so a list of
// 10,000 costs a few requests and a few dozen DOM rows. These are the pure sums behind it.
export const PAGE_SIZE = 200;

export interface RowWindow {
  first: number;
  /** One past the last row to render. */
  end: number;
}

/** The rows to render for a scroll position, with a few extra above and below. */
export function visibleRows(scrollTop: number, viewHeight: number, rowHeight: number, total: number, overscan = 6): RowWindow {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(total, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  return { first, end: Math.max(first, end) };
}

/** The page numbers that hold the rows of `window`. */
export function pagesFor(window: RowWindow, pageSize = PAGE_SIZE): number[] {
  if (window.end <= window.first) return [];
  const pages: number[] = [];
  for (let page = Math.floor(window.first / pageSize); page <= Math.floor((window.end - 1) / pageSize); page += 1) pages.push(page);
  return pages;
}
