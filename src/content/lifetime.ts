// One AbortSignal per page lifetime. LinkedIn is a single-page app: when the URL changes we
// abort everything tied to the old page and start again, so nothing read from the previous
// person survives. Every lifetime also ends when the extension is reloaded or removed
// (the orphaned content script's `runtime.id` disappears).

export interface PageLifetime {
  readonly url: string;
  readonly signal: AbortSignal;
}

/**
 * Calls `start` for the current URL now and again after every in-page navigation.
 * Returns `check`, which the caller runs on each DOM mutation batch: LinkedIn navigates with
 * history.pushState, which fires no event a content script can hear.
 */
export function runPerPage(
  start: (page: PageLifetime) => void,
  isExtensionAlive: () => boolean,
  root: AbortController,
): () => void {
  let current: AbortController | undefined;
  let lastUrl = '';

  const check = () => {
    if (root.signal.aborted) return;
    if (!isExtensionAlive()) {
      root.abort();
      return;
    }
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    current?.abort();
    current = new AbortController();
    start({ url: lastUrl, signal: current.signal });
  };

  addEventListener('popstate', check, { signal: root.signal });
  root.signal.addEventListener('abort', () => current?.abort(), { once: true });
  check();
  return check;
}
