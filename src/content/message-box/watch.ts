// One message composer per open message box (overlay bubbles, the thread page), removed when its
// box goes. Lives in content.js: it only recognises boxes (src/linkedin/messaging.ts); the composer
// itself comes with composer.js, fetched the first time a box is seen. Per mutation batch the work
// is batchMayTouchMessageBox's look at what was added; the reader runs only when that says so.
import { findMessageBoxes, type MessageBox } from '../../linkedin';
import type { Mounted } from '../dialog-watch';
import { batchMayTouchMessageBox } from './hint';

export interface MessageBoxWatch {
  onBatch(records: MutationRecord[]): void;
  scan(): void;
  stop(): void;
}

/** `mount` returns undefined while composer.js is not loaded yet (it calls scan() once it is). */
export function createMessageBoxWatch(doc: Document, mount: (box: MessageBox) => Mounted | null | undefined): MessageBoxWatch {
  const mounted = new Map<Element, { box: MessageBox; composer: Mounted | null }>();

  function unmount(root: Element): void {
    mounted.get(root)?.composer?.unmount();
    mounted.delete(root);
  }

  function scan(): void {
    const boxes = findMessageBoxes(doc);
    for (const [root, entry] of mounted) {
      const still = boxes.find((b) => b.root === root && b.editor === entry.box.editor);
      if (!still || entry.composer?.isConnected() === false) unmount(root);
    }
    for (const box of boxes) {
      if (mounted.has(box.root)) continue;
      const composer = mount(box);
      if (composer === undefined) return; // the composer's code is on its way
      mounted.set(box.root, { box, composer });
    }
  }

  return {
    onBatch(records) {
      if (batchMayTouchMessageBox(records, Array.from(mounted.keys()))) scan();
    },
    scan,
    stop() {
      for (const root of Array.from(mounted.keys())) unmount(root);
    },
  };
}
