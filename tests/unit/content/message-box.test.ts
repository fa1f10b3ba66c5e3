// @vitest-environment-options {"url": "https://www.linkedin.com/"}
// The content script's side of the message composer: which mutation batches make it look for a
// message box, and the watch that mounts one composer per box and removes it when the box goes.
import { describe, expect, test, vi } from 'vitest';
import { batchMayTouchMessageBox } from '../../../src/content/message-box/hint';
import { createMessageBoxWatch } from '../../../src/content/message-box/watch';
import { countMessage } from '../../../src/core/message-count';
import { loadSim, openBubble } from '../linkedin/sim-dom';

const added = (node: Node): MutationRecord => ({ addedNodes: [node] as unknown as NodeList, removedNodes: [] as unknown as NodeList, target: document.body } as unknown as MutationRecord);

describe('batchMayTouchMessageBox', () => {
  test('an added subtree with an editor qualifies; typing in the editor (paragraphs, text) does not', () => {
    const box = document.createElement('div');
    box.innerHTML = '<form><div contenteditable="true" role="textbox"></div></form>'; // fixed test markup
    expect(batchMayTouchMessageBox([added(box)], [])).toBe(true);
    const p = document.createElement('p');
    p.textContent = 'Hi';
    expect(batchMayTouchMessageBox([added(p), added(document.createTextNode('x'))], [])).toBe(false);
  });
  test('a known box that left the page qualifies', () => {
    const gone = document.createElement('div');
    expect(batchMayTouchMessageBox([], [gone])).toBe(true);
  });
});

describe('createMessageBoxWatch', () => {
  test('mounts once per box, waits while the composer code is loading, unmounts when the bubble closes', () => {
    const doc = loadSim('profile-2024');
    const unmount = vi.fn();
    let ready = false;
    const mount = vi.fn(() => (ready ? { unmount, isConnected: () => true } : undefined));
    const watch = createMessageBoxWatch(doc, mount);
    watch.scan();
    expect(mount).not.toHaveBeenCalled();
    openBubble('daniel-okafor');
    watch.scan();
    expect(mount).toHaveBeenCalledTimes(1); // asked, not ready yet
    ready = true;
    watch.scan();
    watch.scan();
    expect(mount).toHaveBeenCalledTimes(2);
    doc.querySelector('[data-sim-close]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    watch.onBatch([]);
    expect(unmount).toHaveBeenCalledTimes(1);
  });
});

describe('countMessage', () => {
  test.each([
    ['', 0, 0],
    ['  Hi   there\n', 2, 13],
    ['Hallo Lucía,\nhätten Sie 20 Minuten?', 6, 35],
    ['a\u00a0b\u2009c', 3, 5],
    ['👋 hi', 2, 5],
  ])('%j → %i words, %i characters', (text, words, chars) => expect(countMessage(text)).toEqual({ words, chars }));
});
