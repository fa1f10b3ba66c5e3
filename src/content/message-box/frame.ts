// message-frame.js: the message composer inside LinkedIn's same-origin /preload/ iframe
// (LINKEDIN.md §14, era D: `iframe[data-testid="interop-iframe"][src="/preload/?_bprMode=vanilla"]`,
// one of the three places the compose UI is reported to open after a Message click). The manifest
// runs this script only in frames at https://www.linkedin.com/preload/* (all_frames), never on
// another page: it is content.js's message-box part alone, without the page machinery.
//
// The preload frame sits in every era-D page, hidden (0×0) until LinkedIn shows messaging in it.
// While it has no viewport the person cannot see it, so nothing is read and nothing observed: a
// resize listener is the whole cost. Once it is shown, its document is watched (with subtree: the
// frame exists to show messaging, so all of it is where a box can appear) and boxes get composers
// exactly as in the top page; when it is hidden again, the composers go and the watching stops.
import { createComposerLoader } from '../composer-loader';
import { isExtensionAlive } from '../runtime';
import { messageBoxHooks, startMessageBoxes } from './index';

const SUBTREE: MutationObserverInit = { childList: true, subtree: true };

/** Whether the frame is on screen at all (the hidden preload frame has a 0×0 viewport). */
const shown = () => innerWidth > 0 && innerHeight > 0;

function main(): void {
  // No page person here: the recipient comes from the conversation's header.
  const boxes = startMessageBoxes(document, createComposerLoader(), messageBoxHooks(() => null));
  const observer = new MutationObserver((records) => boxes.onBatch(records));
  let watching = false;
  const follow = () => {
    const now = shown() && isExtensionAlive();
    if (now === watching) return;
    watching = now;
    if (now) {
      observer.observe(document.documentElement, SUBTREE);
      boxes.scan();
    } else {
      observer.disconnect();
      boxes.stop();
    }
  };
  addEventListener('resize', follow);
  follow();
}

main();
