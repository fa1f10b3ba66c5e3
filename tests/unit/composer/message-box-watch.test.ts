// @vitest-environment-options {"url": "https://www.linkedin.com/"}
// composer.js's message-box watch: which mutation batches make it look for a message box
// (linkedin/message-hint.ts), and how it mounts one composer per box and removes it when the box goes.
import { describe, expect, test, vi } from 'vitest';
import { batchAddsEditor, batchMayTouchMessageBox } from '../../../src/linkedin';
import { createMessageBoxWatch } from '../../../src/composer/message/watch';
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

describe('the batch path', () => {
  test('nothing mounted: a batch that adds no editor never reads the page; one that adds an editor does', () => {
    const doc = loadSim('profile-2024');
    openBubble('daniel-okafor');
    const mount = vi.fn(() => ({ unmount: vi.fn(), isConnected: () => true }));
    const watch = createMessageBoxWatch(doc, mount);
    const p = document.createElement('p');
    watch.onBatch([added(p), added(document.createTextNode('typing'))]);
    expect(mount).not.toHaveBeenCalled(); // the bubble is there, but this batch cannot have brought it
    const form = doc.querySelector('.sim-bubble form')!;
    expect(batchAddsEditor([added(p), added(form)])).toBe(true);
    watch.onBatch([added(form)]);
    expect(mount).toHaveBeenCalledTimes(1);
    expect(watch.size()).toBe(1);
  });
  test('a mounted box that left the page is unmounted on the next batch, whatever it holds; stop() unmounts the rest', () => {
    const doc = loadSim('profile-2024');
    openBubble('daniel-okafor');
    const unmounts: string[] = [];
    const watch = createMessageBoxWatch(doc, (box) => ({ unmount: () => unmounts.push(box.recipient.vanity ?? ''), isConnected: () => true }));
    watch.scan();
    expect(watch.size()).toBe(1);
    doc.querySelector('.sim-bubble')!.remove();
    watch.onBatch([]);
    expect(unmounts).toEqual(['daniel-okafor']);
    expect(watch.size()).toBe(0);
    openBubble('ines-carvalho');
    watch.scan();
    watch.stop();
    expect(unmounts).toEqual(['daniel-okafor', 'ines-carvalho']);
    expect(watch.size()).toBe(0);
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
