// The message composer's hook into content.js: a watch over message boxes that fetches composer.js
// the first time one is seen, and mounts the composer beside each box with the content script's
// data and outbox. Everything a box needs beyond recognising it is in composer.js.
import type { ProfileRead } from '../../linkedin';
import type { ComposerLoader } from '../composer-loader';
import type { MessageComposerDeps } from '../../composer/message/mount';
import type { ScopeWatch } from '../scope-watch';
import { watchMessageOpeners } from './opener';
import { createMessageBoxWatch, type MessageBoxWatch } from './watch';

export type { MessageBoxWatch } from './watch';

export interface MessageBoxHooks {
  load: MessageComposerDeps['load'];
  profile(): ProfileRead | null;
  report: MessageComposerDeps['report'];
}

/** `opened`: the document's scope watch and lifetime, to pick up an overlay the app adds later (opener.ts). */
export function startMessageBoxes(
  doc: Document,
  composer: ComposerLoader,
  hooks: MessageBoxHooks,
  opened?: { scopes: Pick<ScopeWatch, 'adopt'>; signal: AbortSignal },
): MessageBoxWatch {
  let requested = false;
  const watch = createMessageBoxWatch(doc, (box) => {
    const module = composer.loaded();
    if (!module?.mountMessageComposer) {
      if (!requested) {
        requested = true;
        void composer.load().then((loaded) => {
          requested = false;
          if (loaded) watch.scan();
        });
      }
      return undefined;
    }
    return module.mountMessageComposer(box, hooks);
  });
  if (opened) watchMessageOpeners(doc, opened.scopes, watch, opened.signal);
  return watch;
}
