// The message composer's hook into content.js: a glance at the page for a message box, which
// fetches composer.js the first time one may be there; from then on composer.js's watch
// (composer/message/watch.ts) reads the boxes and mounts the composer beside each, with the
// content script's data (its reports go to composer.js's outbox). Everything a box needs beyond
// the glance is in composer.js.
import { batchAddsEditor, mayShowMessageBox, type ProfileRead } from '../../linkedin';
import type { ComposerLoader } from '../composer-loader';
import type { MessageComposerDeps } from '../../composer/message/mount';
import type { OpenerWatch } from '../../composer/message/watch';
import { loadComposerData } from '../reports';

export type { MessageBoxWatch } from '../../composer/message/watch';
// The top page's part only (message-frame.js has no app to follow): an overlay the app adds later.
export { watchMessageOpeners } from './opener';

export interface MessageBoxHooks {
  load: MessageComposerDeps['load'];
  profile(): ProfileRead | null;
}

/**
 * What every message composer is given, in content.js and in message-frame.js alike: the page's
 * person (`profile`; none in the frame, where the conversation's header names the recipient) and
 * the composer's data.
 */
export function messageBoxHooks(profile: () => ProfileRead | null): MessageBoxHooks {
  return {
    load: loadComposerData,
    profile,
  };
}

/**
 * Until composer.js is here: a batch that adds an editor, or a scan, glances; a Message click
 * fetches it. Then it is composer.js's watch.
 */
export function startMessageBoxes(doc: Document, composer: ComposerLoader, hooks: MessageBoxHooks): OpenerWatch {
  let watch: OpenerWatch | null = null;
  let requested = false;
  const withWatch = (then: (watch: OpenerWatch) => void) => {
    requested = true;
    void composer.load().then((module) => {
      requested = false; // not loaded: the next box or click asks again
      if (module) then((watch ??= module.watchMessageBoxes(doc, hooks)));
    });
  };
  const glance = () => !requested && mayShowMessageBox(doc) && withWatch((w) => w.scan());
  return {
    opened: (scopes) => (watch ? watch.opened(scopes) : withWatch((w) => w.opened(scopes))),
    onBatch(records) {
      if (watch) watch.onBatch(records);
      else if (batchAddsEditor(records)) glance();
    },
    scan: () => (watch ? watch.scan() : glance()),
    size: () => watch?.size() ?? 0,
    stop: () => watch?.stop(),
  };
}
