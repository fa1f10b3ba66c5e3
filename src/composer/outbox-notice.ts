// The composer's word when a report could not be recorded: a small notice at the bottom of the
// page, in the composer's own kind of shadow host. It stands alone because LinkedIn closes the
// invite dialog (and the composer in it) at Send, long before retries run out. Built from text
// nodes only; its button acts on the person's own clicks only. Part of composer.js: every report
// worth a notice is made by composer.js's parts (the note and message composers, the withdrawal
// reader), so it is in the page whenever the outbox (reports.ts) needs a notice,
// even once an extension reload has cut content.js off. The words are content.js's, read earlier.
import { mountShadowHost, type ShadowMount } from './shadow-host';

/** A report the person must hear about: `what` it was, and why it is not recorded (yet). */
export interface Undelivered {
  what: string;
  why: 'waiting' | 'cut-off' | 'refused';
}

/** The notice's words: a line for `what` and why it is not recorded, or the button's label. */
export type NoticeText = (key: Undelivered['why'] | 'dismiss', what?: string) => string;

const CSS = `div{position:fixed;left:16px;bottom:16px;z-index:2147483647;max-width:380px;padding:8px 12px;border:1px solid #b3261e;border-radius:8px;background:#fff;color:#1f1f1f;font:13px/1.4 system-ui,sans-serif}p{margin:0 0 6px}`;

export interface Notice {
  show(undelivered: Undelivered[]): void;
}

export function createNotice(doc: Document, text: NoticeText, onDismiss: () => void): Notice {
  let mount: ShadowMount | null = null;
  const close = () => {
    mount?.remove();
    mount = null;
  };
  return {
    show(undelivered) {
      close();
      const anchor = doc.body?.lastElementChild;
      if (!undelivered.length || !anchor) return;
      mount = mountShadowHost(anchor, CSS);
      const box = mount.container;
      box.setAttribute('role', 'alert');
      for (const { what, why } of undelivered) {
        const line = doc.createElement('p');
        line.textContent = text(why, what);
        box.append(line);
      }
      const dismiss = doc.createElement('button');
      dismiss.type = 'button';
      dismiss.textContent = text('dismiss');
      dismiss.addEventListener('click', (event) => {
        if (!event.isTrusted) return;
        close();
        onDismiss();
      });
      box.append(dismiss);
    },
  };
}
