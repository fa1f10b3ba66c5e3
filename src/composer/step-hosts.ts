// The composer's host across the steps of one invite dialog. LinkedIn moves its dialog on in place
// (the first step's content replaced by the note box, the same [role=dialog]), and the composer of
// the step that ended goes in the same task as the next step's composer comes (content/
// dialog-watch.ts). Taking the first down (Preact removing each of its nodes) and building a new
// host, closed root and stylesheet for the next was the note step's work done twice: the next
// step's composer takes the host the previous one left, puts it at its own place and draws over
// the tree that is there (Preact changes what differs). A host nobody took by the end of the
// task's microtasks (the dialog closed) is taken down then, before anything is painted.
import { render } from 'preact';
import { mountShadowHost, type ShadowMount } from './shadow-host';
import { composerCss } from './styles';

export interface StepHosts {
  /** The host `root`'s previous step left, put beside `anchor`; else a new host there. */
  take(root: Element, anchor: Element, where: 'before' | 'after'): ShadowMount;
  /** The composer of `root` goes: its host leaves the page now and waits for the next step's. */
  release(root: Element, host: ShadowMount): void;
}

const takeDown = (host: ShadowMount) => {
  host.remove();
  render(null, host.container);
};

/** Without a handover: a new host each time, taken down at once (the warm-up, tests). */
export const ownHosts: StepHosts = {
  take: (_root, anchor, where) => mountShadowHost(anchor, composerCss, where),
  release: (_root, host) => takeDown(host),
};

/** One page's handover: at most one host waits, and only until the current task's microtasks ran. */
export function stepHosts(): StepHosts {
  let waiting: { root: Element; host: ShadowMount } | null = null;
  return {
    take(root, anchor, where) {
      const left = waiting?.root === root ? waiting.host : null;
      if (!left) return ownHosts.take(root, anchor, where);
      waiting = null;
      if (where === 'before') anchor.before(left.host);
      else anchor.after(left.host);
      return left;
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
