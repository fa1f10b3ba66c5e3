// Loads the history page by page for the rows in view; a new search or filter starts over.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { InvitationStatus } from '../../core/schemas';
import type { InvitationView } from '../../shared/messages';
import { send } from '../../shared/send';
import { errorText, type ErrorText } from '../ui/error-text';
import { PAGE_SIZE, pagesFor, type RowWindow } from './history-pages';

export interface HistoryFilter {
  query: string;
  statuses: InvitationStatus[];
}

export function useHistory(filter: HistoryFilter) {
  const [total, setTotal] = useState<number | null>(null);
  const [rows, setRows] = useState<Map<number, InvitationView>>(new Map());
  const [error, setError] = useState<ErrorText | null>(null);
  const requested = useRef(new Set<number>());
  const generation = useRef(0);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const loadPage = useCallback((page: number) => {
    if (requested.current.has(page)) return;
    requested.current.add(page);
    const mine = generation.current;
    const { query, statuses } = filterRef.current;
    send({
      type: 'invitations.list',
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
      order: 'newest',
      ...(query.trim() && { query: query.trim() }),
      ...(statuses.length > 0 && { statuses }),
    })
      .then(({ items, total: count }) => {
        if (mine !== generation.current) return;
        setTotal(count);
        setRows((previous) => {
          const next = new Map(previous);
          items.forEach((item, i) => next.set(page * PAGE_SIZE + i, item));
          return next;
        });
      })
      .catch((e: unknown) => {
        if (mine !== generation.current) return;
        requested.current.delete(page);
        setError(errorText(e));
      });
  }, []);

  const key = `${filter.query}\u0000${filter.statuses.join(',')}`;
  useEffect(() => {
    generation.current += 1;
    requested.current = new Set();
    setRows(new Map());
    setTotal(null);
    setError(null);
    loadPage(0);
  }, [key, loadPage]);

  const ensure = useCallback((window: RowWindow) => pagesFor(window).forEach(loadPage), [loadPage]);

  /** Puts a changed record in place without reading the page again. */
  const replace = useCallback((invitation: InvitationView) => {
    setRows((previous) => {
      const next = new Map(previous);
      for (const [index, row] of previous) if (row.id === invitation.id) next.set(index, invitation);
      return next;
    });
  }, []);

  return { total, rows, error, ensure, replace };
}
