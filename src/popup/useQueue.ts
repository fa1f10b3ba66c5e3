// The popup's data: the usage summary, templates and settings, and the paged queue. The
// background does not broadcast changes, so the popup asks again after each of its own actions
// and whenever its window regains focus.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings, Template } from '../core/schemas';
import type { QueueSummary } from '../shared/messages';
import { send } from '../shared/send';
import { QueueCache, type Ranges } from './queue-cache';
import { errorMessage } from '../shared/rapport-error';

export type LoadState = 'loading' | 'ready' | 'error';

export interface QueueData {
  state: LoadState;
  /** Why loading failed (the background's own words, shown under our localized message). */
  loadError: string | null;
  /** A later failure while the list is shown (a page or a refresh), shown in the status bar. */
  pageError: string | null;
  summary: QueueSummary | null;
  templates: Template[];
  settings: Settings | null;
  cache: QueueCache;
  /** Changes whenever the cache does, so memoized views recompute. */
  version: number;
  refresh(): Promise<void>;
  setVisible(ranges: Ranges): void;
}


export function useQueue(): QueueData {
  const [state, setState] = useState<LoadState>('loading');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [pageError, setPageError] = useState<string | null>(null);
  const [summary, setSummary] = useState<QueueSummary | null>(null);
  const [templates, setTemplates] = useState<Template[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [version, setVersion] = useState(0);
  const visible = useRef<Ranges>(new Map());
  const lastRefresh = useRef(0);

  const cache = useMemo(
    () =>
      new QueueCache(
        async (bucket, offset, limit) => {
          const { items, total } = await send({ type: 'invitations.list', bucket, offset, limit, order: 'oldest' });
          return { items, total };
        },
        () => setVersion((v) => v + 1),
        (error) => setPageError(errorMessage(error)),
      ),
    [],
  );

  const refresh = useCallback(async () => {
    lastRefresh.current = Date.now();
    try {
      const [nextSummary, nextTemplates, nextSettings] = await Promise.all([
        send({ type: 'queue.summary' }),
        send({ type: 'templates.list' }),
        send({ type: 'settings.get' }),
        cache.reload(visible.current),
      ]);
      setSummary(nextSummary);
      setTemplates(nextTemplates.templates);
      setSettings(nextSettings.settings);
      setLoadError(null);
      setPageError(null);
      setState('ready');
      // Rows scrolled into view while the reload was on its way may still lack their page.
      for (const [bucket, range] of visible.current) void cache.ensure(bucket, range.from, range.to);
    } catch (error) {
      // Once the list is shown, a failed refresh keeps it and says so; before, it is the error page.
      if (cache.loaded) setPageError(errorMessage(error));
      else {
        setLoadError(errorMessage(error));
        setState('error');
      }
    }
  }, [cache]);

  const setVisible = useCallback(
    (ranges: Ranges) => {
      visible.current = ranges;
      for (const [bucket, range] of ranges) void cache.ensure(bucket, range.from, range.to);
    },
    [cache],
  );

  useEffect(() => {
    void refresh();
    // Opening the popup focuses it too: skip a refresh that would repeat the first load.
    const again = () => {
      if (Date.now() - lastRefresh.current > 1000) void refresh();
    };
    const onFocus = again;
    const onVisibility = () => {
      if (document.visibilityState === 'visible') again();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [refresh]);

  return { state, loadError, pageError, summary, templates, settings, cache, version, refresh, setVisible };
}
