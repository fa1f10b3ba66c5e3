// Gets the composer's code into this page when it is first needed. The reader that runs on
// every LinkedIn page stays small; the composer (about 14 KB gzip) is injected only into a tab
// where the person clicked Connect or an invite dialog appeared, once per page load.
import type { mountComposer } from './composer-mount';
import type { readOwnProfile } from './own-profile';
import type { mountMessageComposer } from './message-box/mount';
import { noteFailedSend, send } from './send';

export interface ComposerModule {
  mountComposer: typeof mountComposer;
  /** The composer beside LinkedIn's message box (message-box/mount.tsx). */
  mountMessageComposer?: typeof mountMessageComposer;
  /** Run by the background (scripting.executeScript) when the person asks to fill About you. */
  readOwnProfile?: typeof readOwnProfile;
}

const world = globalThis as { __rapportComposer?: ComposerModule };
let loading: Promise<ComposerModule | null> | null = null;

export function loadedComposer(): ComposerModule | null {
  return world.__rapportComposer ?? null;
}

/** Resolves with the composer once injected; null when the background could not inject it. */
export function loadComposer(): Promise<ComposerModule | null> {
  if (world.__rapportComposer) return Promise.resolve(world.__rapportComposer);
  loading ??= send({ type: 'composer.inject' }).then(
    () => world.__rapportComposer ?? null,
    (error: unknown) => {
      noteFailedSend('composer.inject', error);
      loading = null; // a later dialog may try again (e.g. after the worker restarted)
      return null;
    },
  );
  return loading;
}
