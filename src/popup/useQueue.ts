// The popup's data: the usage summary, templates and settings, and the paged queue. The
// background does not broadcast changes, so the popup asks again whenever its window regains
// focus, and for the queue (not templates or settings, which its actions never change) after
// each of its own actions. The first frame starts from the opening's answers when they came in
// before it (opening.ts); else the first load takes the questions asked as the script started and
// starts as soon as the frame is in the DOM, not a frame later.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings, Template } from '../core/schemas';
import type { QueueSummary } from '../shared/messages';
import { send } from './send';
import { takeOpening } from './opening';
import { isConversationSection, QueueCache, type Ranges } from './queue-cache';
import { checkedOpening, checkedPage, checkedSettings, checkedTemplates } from './replies';
import { errorMessage } from '../shared/rapport-error';
import { useAttention } from '../shared/ui/useAttention';

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
  /** Everything again: summary, templates, settings and the rows in view. */
  refresh(): Promise<void>;
  /** The summary and the rows in view again, after one of the popup's own changes. */
  refreshQueue(): Promise<void>;
  setVisible(ranges: Ranges): void;
}

export function useQueue(): QueueData {
  // The opening, taken once: already answered, the first frame shows the list from it.
  const [opening] = useState(takeOpening);
  const answered = opening?.answers;
  const [state, setState] = useState<LoadState>(answered ? 'ready' : 'loading');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [pageError, setPageError] = useState<string | null>(null);
  const [summary, setSummary] = useState<QueueSummary | null>(answered?.queue.summary ?? null);
  const [templates, setTemplates] = useState<Template[]>(answered?.templates ?? []);
  const [settings, setSettings] = useState<Settings | null>(answered?.settings ?? null);
  // Bumped when the cache fills in rows: only to render again (the cache itself holds the rows).
  const [, setCacheVersion] = useState(0);
  const visible = useRef<Ranges>(new Map());
  const lastRefresh = useRef(answered ? Date.now() : 0);
  // Loads started, so a load knows when a newer one overtook it; and whether the list was shown.
  const loads = useRef(0);
  const shown = useRef(Boolean(answered));
  // The opening the first load takes (none when the first frame already showed it).
  const pending = useRef(answered ? null : opening);

  const cache = useMemo(() => {
    const made = new QueueCache(
      async (limit) => checkedOpening(await send({ type: 'queue.open', limit }), limit),
      async (bucket, offset, limit) => {
        const section = isConversationSection(bucket) ? { conversation: bucket } : { bucket };
        return checkedPage(await send({ type: 'invitations.list', ...section, offset, limit, order: 'oldest' }), limit);
      },
      () => setCacheVersion((v) => v + 1),
      (error) => setPageError(errorMessage(error)),
    );
    if (answered) made.adopt(answered.queue);
    return made;
  }, []);

  const load = useCallback(async (withConfig: boolean) => {
    lastRefresh.current = Date.now();
    const opening = pending.current;
    pending.current = null;
    const mine = ++loads.current;
    try {
      const [nextSummary, config] = await Promise.all([
        cache.reload(visible.current, opening?.queue),
        withConfig
          ? Promise.all([
            opening?.templates ?? send({ type: 'templates.list' }).then(checkedTemplates),
            opening?.settings ?? send({ type: 'settings.get' }).then(checkedSettings),
          ])
          : null,
      ]);
      // A newer load overtook this one (the cache kept its rows, not these): its answer, or its
      // error, is the one to show.
      if (mine !== loads.current || !nextSummary) return;
      setSummary(nextSummary);
      if (config) {
        setTemplates(config[0]);
        setSettings(config[1]);
      }
      setLoadError(null);
      setPageError(null);
      setState('ready');
      shown.current = true;
      // Rows scrolled into view while the reload was on its way may still lack their page.
      for (const [bucket, range] of visible.current) void cache.ensure(bucket, range.from, range.to);
    } catch (error) {
      if (mine !== loads.current) return;
      // Once the list is shown, a failed refresh keeps it and says so; before, it is the error page.
      if (shown.current) setPageError(errorMessage(error));
      else {
        setLoadError(errorMessage(error));
        setState('error');
      }
    }
  }, [cache]);
  const refresh = useCallback(() => load(true), [load]);
  const refreshQueue = useCallback(() => load(false), [load]);

  const setVisible = useCallback(
    (ranges: Ranges) => {
      visible.current = ranges;
      for (const [bucket, range] of ranges) void cache.ensure(bucket, range.from, range.to);
    },
    [cache],
  );

  // The first load, unless the first frame already showed the opening's answers.
  useLayoutEffect(() => {
    if (!answered) void refresh();
  }, [refresh]);
  // Opening the popup focuses it too: skip a refresh that would repeat the first load.
  useAttention(() => {
    if (Date.now() - lastRefresh.current > 1000) void refresh();
  });

  return { state, loadError, pageError, summary, templates, settings, cache, refresh, refreshQueue, setVisible };
}
