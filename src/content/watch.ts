// Rapport's watch on a LinkedIn document, set up once, at the person's first sign on the page
// (content/index.ts): the observers, the composer's code and data, the message boxes, and one page
// object per URL (page.ts). It reads what the person sees, mounts the composer in the invite
// dialog and beside a message box, and never clicks, scrolls or requests anything.
import { pageKind } from '../linkedin';
import { createComposerData } from '../composer/data';
import { runPerPage } from './lifetime';
import { isExtensionAlive } from './runtime';
import { createComposerLoader } from './composer-loader';
import { loadComposerData } from './reports';
import { messageBoxHooks, startMessageBoxes, watchMessageOpeners } from './message-box';
import { watchScopes } from './scope-watch';
import { startPage, type App, type StartedPage } from './page';
import { NO_ONE_SEEN } from './page-profile';

/**
 * Sets up the watch; returns the way the background reads the person on screen. `injectedAt`:
 * when content.js was injected (the document's first page has been on screen since then).
 */
export function startWatch(injectedAt: number): () => unknown {
  const root = new AbortController();
  let page: StartedPage | null = null;
  // Per mutation batch: plain loops over this page's hooks, no closure made per batch.
  const scopes = watchScopes(
    document,
    (records) => {
      check();
      if (page) for (const hooks of page.hooks) hooks.dialogBatch?.(records);
      messageBoxes.onBatch(records);
    },
    (records) => {
      check();
      // The application holds a message box only on the thread page (elsewhere the overlay is a
      // scope of its own): the sent list's rows are not looked through for an editor.
      if (page?.kind === 'messaging') messageBoxes.onBatch(records);
      if (page) for (const hooks of page.hooks) hooks.appBatch?.();
    },
    root.signal,
  );
  const app: App = {
    scopes,
    composer: createComposerLoader(),
    data: createComposerData(loadComposerData),
  };
  // LinkedIn's message box (overlay bubble, thread page): the composer beside it. The box may
  // outlive a navigation (the bubble stays), so its watch lasts as long as the document.
  const messageBoxes = startMessageBoxes(document, app.composer, messageBoxHooks(() => page?.person() ?? null));
  // Era C's overlay added inside the app after load: picked up at the person's Message click.
  watchMessageOpeners(document, scopes, messageBoxes, root.signal);
  root.signal.addEventListener('abort', () => messageBoxes.stop(), { once: true });
  const check = runPerPage((lifetime) => {
    const first = page === null;
    page = startPage(lifetime, app, page?.seen() ?? NO_ONE_SEEN);
    // A box no mutation batch reports: one drawn before this script ran (the document's first
    // page), a thread page's box (the application is watched from now on only), or a mounted
    // one whose thread page the navigation took away. Elsewhere the watched scopes report boxes.
    if (first || page.kind === 'messaging' || messageBoxes.size() > 0) messageBoxes.scan();
  }, isExtensionAlive, root, injectedAt);
  // composer.js's own-profile reading asks here, so it needs no top-card reader of its own.
  (globalThis as { __rapportOwnProfile?: () => boolean }).__rapportOwnProfile = () => pageKind(location.href, document) === 'own-profile';
  return () => page?.observe() ?? null;
}

