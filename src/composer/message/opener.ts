// Picks up LinkedIn's messaging overlay when the app adds it after load (era C's #msg-overlay
// aside lives inside the application, which is not watched: a body child change re-adopts
// containers, but an aside added inside the app changes no body child). So the person's own
// click on a Message control (or inside the overlay) is the moment to look again. content.js hears
// the click (content/message-box/opener.ts) and, with composer.js here, hands it to this:
// - re-adopt the containers (an overlay added since is watched from now on, with subtree), and
//   look for a box at once (LinkedIn may have drawn the bubble within the same click);
// - while no overlay container exists yet, follow the application for a few seconds, since the
//   container and its bubble may come after the click (a fetch later): the first batch that adds
//   an editor adopts the new container and scans. Clicks are rare; the follow is bounded.
import { batchAddsEditor, type DialogContainers } from '../../linkedin';
import type { MessageBoxWatch } from './watch';

/** How long after a Message click the application is followed for a container to appear. */
export const FOLLOW_MS = 5000;
const SUBTREE: MutationObserverInit = { childList: true, subtree: true };

/** content.js's watched containers (content/scope-watch.ts): looked for again at each Message click. */
export interface OpenerScopes {
  adopt(): DialogContainers;
}

/**
 * What to do at each Message click for `boxes` (one follow at a time, for the document's life);
 * `stop` ends a follow under way (content.js cut off from the extension).
 */
export function followOpeners(boxes: Pick<MessageBoxWatch, 'scan' | 'size'>): { opened(scopes: OpenerScopes): void; stop(): void } {
  let follow: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function stopFollowing(): void {
    follow?.disconnect();
    follow = null;
    clearTimeout(timer);
  }

  /** Until a box more than `before` is mounted (by this or by the scope watch), or FOLLOW_MS. */
  function followApp(scopes: OpenerScopes, app: readonly Element[], before: number): void {
    stopFollowing();
    follow = new MutationObserver((records) => {
      if (boxes.size() > before) return stopFollowing();
      if (!batchAddsEditor(records)) return;
      scopes.adopt();
      boxes.scan();
      stopFollowing();
    });
    for (const el of app) follow.observe(el, SUBTREE);
    timer = setTimeout(stopFollowing, FOLLOW_MS);
  }

  function opened(scopes: OpenerScopes): void {
    const before = boxes.size();
    // One look at the containers serves both the watch and the follow decision below.
    const { scopes: watched, app } = scopes.adopt();
    boxes.scan();
    if (boxes.size() > before) return; // LinkedIn drew the bubble within the click
    // An overlay inside the app is among the watched scopes once adopted: nothing to follow.
    const overlayWatched = watched.some((s) => app.some((a) => a !== s && a.contains(s as Node)));
    if (!overlayWatched && app.length > 0) followApp(scopes, app, before);
  }
  return { opened, stop: stopFollowing };
}
