// The warm-up after composer.js arrives: both steps mounted once on a stand-in dialog that is
// never in the page. It must leave nothing behind, show nothing and send nothing.
import { afterEach, expect, test, vi } from 'vitest';
import { standInDialog, warmUp } from '../../../src/composer/warm-up';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test('runs both steps off the page: nothing added to it, nothing sent, every root taken down', async () => {
  const sendMessage = vi.fn(async () => undefined);
  vi.stubGlobal('chrome', { runtime: { id: 'x', sendMessage }, i18n: { getMessage: (key: string) => key } });
  document.body.innerHTML = '<main><p>page</p></main>';
  const before = document.documentElement.outerHTML;
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  warmUp(document, 'prompt');
  warmUp(document, 'note');
  await new Promise((r) => setTimeout(r, 10));
  expect(roots).toHaveLength(2); // the first step's composer and the note step's
  for (const root of roots) {
    expect(root.host.isConnected).toBe(false);
    expect(root.host.parentNode).toBeNull(); // unmounted: its host removed from the stand-in
  }
  expect(document.documentElement.outerHTML).toBe(before);
  expect(sendMessage).not.toHaveBeenCalled();
});

test('the stand-in is read by the same dialog reader as LinkedIn\'s dialog, at each step', () => {
  // Were it not (the reader changed), the warm-up would leave that reader cold for the click.
  const prompt = standInDialog(document, 'prompt');
  expect(prompt.stage).toBe('add-note-prompt');
  expect(prompt.invitee?.name).toBe('Ada Lovelace');
  expect(prompt.addNoteButton?.textContent).toBe('Add a note');
  const note = standInDialog(document, 'note');
  expect(note.stage).toBe('note');
  expect(note.noteBox?.id).toBe('custom-message');
  expect(note.noteLimit).toBe(200);
  expect(note.root.isConnected).toBe(false);
});
