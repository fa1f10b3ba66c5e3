// One message composer per open message box (overlay bubbles, the thread page), removed when its
// box goes. Part of composer.js: content.js (content/message-box/) glances at the page and fetches
// composer.js when a box may be there, then hands its mutation batches to this watch. Per batch
// the work is linkedin/message-hint.ts's look at what was added (and, only while a composer is
// mounted, whether its box is still in the page); the reader runs only when that says so. The batch
// path allocates nothing: the mounted boxes' roots are kept in a plain array beside the map.
import { batchMayTouchMessageBox, findMessageBoxes, type MessageBox } from '../../linkedin';
import type { MountedComposer as Mounted } from '../mount';
import { mountMessageComposer, type MessageComposerDeps } from './mount';
import { newReportId } from '../outbox';
import { report } from '../reports';
import { followOpeners, type OpenerScopes } from './opener';

export interface MessageBoxWatch {
  onBatch(records: readonly MutationRecord[]): void;
  scan(): void;
  /** How many boxes have a composer (or were given up on) now. */
  size(): number;
  stop(): void;
}

/** The watch content.js is handed, which also hears the person's Message clicks (opener.ts). */
export interface OpenerWatch extends MessageBoxWatch {
  opened(scopes: OpenerScopes): void;
}

/**
 * The watch composer.js hands to content.js: a composer per box, with content.js's data and person
 * (`deps`), and composer.js's outbox (reports.ts) for what the person sends.
 */
export function watchMessageBoxes(doc: Document, deps: Omit<MessageComposerDeps, 'report'>): OpenerWatch {
  const watch = createMessageBoxWatch(doc, (box) => mountMessageComposer(box, { ...deps, report: reportMessage }));
  const follow = followOpeners(watch);
  return {
    ...watch,
    opened: follow.opened,
    stop() {
      follow.stop();
      watch.stop();
    },
  };
}

/** The time of the click, not of a delivery that may come after retries. */
const reportMessage: MessageComposerDeps['report'] = (sent) => report({ ...sent, sentAt: new Date().toISOString(), reportId: newReportId() }, sent.name);

/** `mount` may return undefined: not mounted yet (the next scan() tries again). */
export function createMessageBoxWatch(doc: Document, mount: (box: MessageBox) => Mounted | null | undefined): MessageBoxWatch {
  const mounted = new Map<Element, { box: MessageBox; composer: Mounted | null }>();
  /** The keys of `mounted`, in an array the batch path can walk without an iterator. */
  const roots: Element[] = [];

  function unmount(root: Element): void {
    mounted.get(root)?.composer?.unmount();
    mounted.delete(root);
    const at = roots.indexOf(root);
    if (at >= 0) roots.splice(at, 1);
  }

  function scan(): void {
    const boxes = findMessageBoxes(doc);
    for (const root of roots.slice()) {
      const entry = mounted.get(root)!;
      const still = boxes.find((b) => b.root === root && b.editor === entry.box.editor);
      if (!still || entry.composer?.isConnected() === false) unmount(root);
    }
    for (const box of boxes) {
      if (mounted.has(box.root)) continue;
      const composer = mount(box);
      if (composer === undefined) return; // the composer's code is on its way
      mounted.set(box.root, { box, composer });
      roots.push(box.root);
    }
  }

  return {
    onBatch(records) {
      if (batchMayTouchMessageBox(records, roots)) scan();
    },
    scan,
    size: () => roots.length,
    stop() {
      while (roots.length > 0) unmount(roots[roots.length - 1]!);
    },
  };
}
