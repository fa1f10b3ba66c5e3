// The message composer's hook into content.js: a watch over message boxes that fetches composer.js
// the first time one is seen, and mounts the composer beside each box with the content script's
// data and outbox. Everything a box needs beyond recognising it is in composer.js.
import type { ProfileRead } from '../../linkedin';
import type { ComposerLoader } from '../composer-loader';
import type { MessageComposerDeps } from '../../composer/message/mount';
import { createMessageBoxWatch, type MessageBoxWatch } from './watch';

export type { MessageBoxWatch } from './watch';
// The top page's part only (message-frame.js has no app to follow): an overlay the app adds later.
export { watchMessageOpeners } from './opener';

export interface MessageBoxHooks {
  load: MessageComposerDeps['load'];
  profile(): ProfileRead | null;
  report: MessageComposerDeps['report'];
}

export function startMessageBoxes(doc: Document, composer: ComposerLoader, hooks: MessageBoxHooks): MessageBoxWatch {
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
  return watch;
}
