// @vitest-environment-options {"url": "https://www.linkedin.com/"}
// content.js's side of the message composer: a glance decides whether to fetch composer.js (never
// for a batch that adds no editor, nor for a page without an editor in a form); once it is here,
// composer.js's watch mounts a composer per box, also for the box that made it come.
import { describe, expect, test, vi } from 'vitest';
import { startMessageBoxes, type MessageBoxHooks } from '../../../src/content/message-box';
import { watchMessageBoxes } from '../../../src/composer/message/watch';
import { mayShowMessageBox } from '../../../src/linkedin';
import type { ComposerModule } from '../../../src/composer/entry';
import { loadPage } from '../linkedin/fixtures';
import { loadSim, openBubble } from '../linkedin/sim-dom';

const added = (node: Node): MutationRecord => ({ addedNodes: [node] as unknown as NodeList, removedNodes: [] as unknown as NodeList, target: document.body } as unknown as MutationRecord);
const hooks = { load: () => new Promise(() => undefined), profile: () => null, report: () => undefined } as unknown as MessageBoxHooks;

function boxes() {
  const watch = vi.fn(watchMessageBoxes);
  const load = vi.fn(async () => ({ watchMessageBoxes: watch }) as unknown as ComposerModule);
  return { load, watch, boxes: startMessageBoxes(document, { load, loaded: () => null }, hooks) };
}

describe('the glance (mayShowMessageBox)', () => {
  test('a bubble, a thread page: yes; a profile without a bubble, an invite note box: no', () => {
    expect(mayShowMessageBox(loadSim('profile-2024'))).toBe(false);
    openBubble('daniel-okafor');
    expect(mayShowMessageBox(document)).toBe(true);
    expect(mayShowMessageBox(loadSim('messaging-2026', { with: 'kenji-watanabe-7' }))).toBe(true);
    expect(mayShowMessageBox(loadPage('constructed/dialog-stage2-textbox.html'))).toBe(false);
  });
});

describe('startMessageBoxes before composer.js', () => {
  test('batches without an editor, and a page without a box, fetch nothing', () => {
    loadSim('profile-2024');
    const { load, boxes: watch } = boxes();
    watch.scan();
    watch.onBatch([added(document.createElement('p'))]);
    expect(load).not.toHaveBeenCalled();
    expect(watch.size()).toBe(0);
  });

  test('a batch that brings a bubble fetches composer.js once, and the bubble gets its composer', async () => {
    loadSim('profile-2024');
    const { load, watch, boxes: box } = boxes();
    openBubble('daniel-okafor');
    const form = document.querySelector('.sim-bubble form')!;
    box.onBatch([added(form)]);
    box.onBatch([added(form)]);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(box.size()).toBe(1));
    expect(watch).toHaveBeenCalledTimes(1);
    document.querySelector('.sim-bubble')!.remove();
    box.onBatch([]);
    expect(box.size()).toBe(0);
  });
});
