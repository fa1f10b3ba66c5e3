// Gets the composer's code into this page when it is first needed. The reader that runs on
// every LinkedIn page stays small; the composer (the bench's "composer payload" line) is injected
// at the first load(), whatever called it — the person pressed Connect, an invite dialog or a
// message box appeared, the sent-invitations page opened — once per page load.
import type { ComposerModule } from '../composer/entry';
import { headStart } from '../composer/head-start';
import { noteFailedSend, send } from './send';

export interface ComposerLoader {
  loaded(): ComposerModule | null;
  /** Resolves with the composer once injected; null when the background could not inject it. */
  load(): Promise<ComposerModule | null>;
}

const world = globalThis as { __rapportComposer?: ComposerModule };

/** composer.js once it is in this page (it stays for the document's life), else null. */
export const loadedComposer = (): ComposerModule | null => world.__rapportComposer ?? null;

/** One per document: the injected code stays for the document's life, whatever the URL. */
export function createComposerLoader(): ComposerLoader {
  let loading: Promise<ComposerModule | null> | null = null;
  let started = false;
  return {
    loaded: loadedComposer,
    load() {
      if (world.__rapportComposer) return Promise.resolve(world.__rapportComposer);
      loading ??= send({ type: 'composer.inject' }).then(
        () => world.__rapportComposer ?? null,
        (error: unknown) => {
          noteFailedSend('composer.inject', error);
          loading = null; // a later dialog may try again (e.g. after the worker restarted)
          return null;
        },
      );
      // While the background injects composer.js (tens of ms in which this page waits): the
      // composer's strings and fonts, which its first draw would load otherwise. At the first
      // load(), whoever asked (a press, a dialog, a message box, the sent-invitations page).
      if (!started) {
        started = true;
        headStart(document);
      }
      return loading;
    },
  };
}
