// Content script entry: runs on https://www.linkedin.com/* only, reads what the person sees,
// and never clicks, scrolls or requests anything.
import { runPerPage, type PageLifetime } from './lifetime';
import { isExtensionAlive } from './runtime';
import { debugState } from './debug-state';

function onPage(page: PageLifetime): void {
  debugState.url = page.url;
  debugState.pages += 1;
}

const root = new AbortController();
const check = runPerPage(onPage, isExtensionAlive, root);

// One observer for the whole page, doing almost nothing per batch.
const observer = new MutationObserver(check);
observer.observe(document, { childList: true, subtree: true });
root.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
