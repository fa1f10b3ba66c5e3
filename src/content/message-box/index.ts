// The message composer's hook into content.js: a watch over message boxes that fetches composer.js
// the first time one is seen, and mounts the composer beside each box with the content script's
// data and outbox. Everything a box needs beyond recognising it is in composer.js.
import type { ProfileRead } from '../../linkedin';
import type { ComposerLoader } from '../composer-loader';
import type { MessageComposerDeps } from '../../composer/message/mount';
import { loadComposerData, newReportId, report } from '../reports';
import { createMessageBoxWatch, type MessageBoxWatch } from './watch';

export type { MessageBoxWatch } from './watch';
// The top page's part only (message-frame.js has no app to follow): an overlay the app adds later.
export { watchMessageOpeners } from './opener';

export interface MessageBoxHooks {
  load: MessageComposerDeps['load'];
  profile(): ProfileRead | null;
  report: MessageComposerDeps['report'];
}

/**
 * What every message composer is given, in content.js and in message-frame.js alike: the page's
 * person (`profile`; none in the frame, where the conversation's header names the recipient), the
 * composer's data, and the outbox.
 */
export function messageBoxHooks(profile: () => ProfileRead | null): MessageBoxHooks {
  return {
    load: loadComposerData,
    profile,
    // The time of the click, not of a delivery that may come after retries.
    report: (sent) => report({ ...sent, sentAt: new Date().toISOString(), reportId: newReportId() }, sent.name),
  };
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
