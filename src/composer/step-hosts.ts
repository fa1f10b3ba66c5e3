// The composer's host across the steps of one invite dialog. LinkedIn moves its dialog on in place
// (the first step's content replaced by the note box, the same [role=dialog]), and the composer of
// the step that ended goes in the same task as the next step's composer comes
// (dialog-watch.ts). Taking the first down (Preact removing each of its nodes) and building a new
// host, closed root and stylesheet for the next was the note step's work done twice: the next
// step's composer takes the host the previous one left (its root and stylesheet) and draws into
// a fresh container; the old tree is taken down after that step's first frame. A host nobody took
// by the end of the task's microtasks (the dialog closed) is taken down then, before any paint.
import { render } from 'preact';
import { createShadowHost, type ShadowMount } from './shadow-host';
import { composerCss } from './styles';

export { placeHost } from './shadow-host';

export interface StepHosts {
  /**
   * A host for a composer of `root`, not in the page yet (the caller draws, then places it): the
   * one `root`'s previous step left, with an empty container, else a new one.
   */
  take(root: Element, doc: Document): ShadowMount;
  /** The composer of `root` goes: its host leaves the page now and waits for the next step's. */
  release(root: Element, host: ShadowMount): void;
}

const takeDown = (host: ShadowMount) => {
  host.remove();
  render(null, host.container);
};

/** Without a handover: a new host each time, taken down at once (the warm-up, tests). */
export const ownHosts: StepHosts = {
  take: (_root, doc) => createShadowHost(doc, composerCss),
  release: (_root, host) => takeDown(host),
};

/** One page's handover: at most one host waits, and only until the current task's microtasks ran. */
export function stepHosts(): StepHosts {
  let waiting: { root: Element; host: ShadowMount } | null = null;
  return {
    take(root, doc) {
      const left = waiting?.root === root ? waiting.host : null;
      if (!left) return ownHosts.take(root, doc);
      waiting = null;
      // The next step draws into an empty container: the previous step's tree is not changed node
      // by node into it, and is taken down after the next step's first frame.
      const container = doc.createElement('div');
      const old = left.container;
      old.replaceWith(container);
      setTimeout(() => render(null, old), 0);
      return { ...left, container };
    },
    release(root, host) {
      if (waiting) takeDown(waiting.host);
      host.remove();
      const mine = (waiting = { root, host });
      queueMicrotask(() => {
        if (waiting !== mine) return;
        waiting = null;
        takeDown(host);
      });
    },
  };
}
