// One AbortSignal per page lifetime. LinkedIn is a single-page app: when the URL changes we
// abort everything tied to the old page and start again, so nothing read from the previous
// person survives. Every lifetime also ends when the extension is reloaded or removed
// (the orphaned content script's `runtime.id` disappears; checked at each navigation).
import { every } from './signal-bound';

export interface PageLifetime {
  readonly url: string;
  readonly signal: AbortSignal;
  /**
   * Since when this page has been on screen (performance.now()): the navigation's moment, or for
   * the document's first page the moment this script was injected, however much later Rapport
   * started watching it (content/index.ts waits for the person).
   */
  readonly since: number;
}

const URL_POLL_MS = 400;

/**
 * Calls `start` for the current URL now and again after every in-page navigation.
 * Returns the check to run on each observed mutation batch. Where the Navigation API exists, its
 * `currententrychange` event reports history.pushState and the check is a no-op; elsewhere
 * pushState fires no event a content script can hear, so a slow poll and each observed batch
 * compare URLs.
 */

export function runPerPage(
  start: (page: PageLifetime) => void,
  isExtensionAlive: () => boolean,
  root: AbortController,
  firstSince = performance.now(),
): () => void {
  let current: AbortController | undefined;
  let lastUrl = '';

  const check = () => {
    // The URL comparison comes first: it runs on every mutation batch, and asking the
    // extension API whether we are still alive costs more than the whole rest of the batch.
    if (root.signal.aborted || location.href === lastUrl) return;
    // The first page needs no asking: the extension injected this script a moment ago (and the
    // first look at the extension API costs more than a whole page start on the feed).
    if (lastUrl !== '' && !isExtensionAlive()) {
      root.abort();
      return;
    }
    const since = lastUrl === '' ? firstSince : performance.now();
    lastUrl = location.href;
    current?.abort();
    current = new AbortController();
    start({ url: lastUrl, signal: current.signal, since });
  };

  addEventListener('popstate', check, { signal: root.signal });
  root.signal.addEventListener('abort', () => current?.abort(), { once: true });
  check();
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', check, { signal: root.signal });
    return () => undefined;
  }
  // Without it, a pushState is noticed by a slow poll (the observer no longer sees the page).
  every(root.signal, URL_POLL_MS, check);
  return check;
}
