// composer.js arrives at the person's press on Connect, a tenth of a second before the click that
// opens the dialog. The browser compiles each function the first time it runs, and the composer's
// first draw ran most of its code for the first time (tens of ms on a busy machine). So, once
// composer.js is there and the page is idle, both steps of the composer are mounted once on a
// stand-in dialog that is never in the page (a detached element: nothing is shown, nothing is
// read from the page, nothing is sent) and taken down at once. The dialog after the click only draws.
import { mountComposer } from './mount';
import { fallbackSettings } from './data';
import type { ComposerDeps } from './deps';
import type { InviteDialog } from '../linkedin';

export function warmUp(doc: Document): void {
  const root = doc.createElement('div');
  const buttons = doc.createElement('div');
  const addNote = doc.createElement('button');
  const box = doc.createElement('textarea');
  buttons.append(addNote);
  root.append(box, buttons);
  const deps: ComposerDeps = {
    profile: () => null,
    data: () => ({ templates: [], settings: fallbackSettings, guard: null, guardFor: null }),
    // Never answers: the stand-in is gone before anything could be drawn again.
    refresh: () => new Promise(() => undefined),
    report: () => undefined,
    current: () => null,
    now: Date.now,
  };
  const dialog = (stage: InviteDialog['stage'], noteBox: HTMLElement | null): InviteDialog => ({
    root, stage, title: null, inShadowRoot: false, noteBox, noteLimit: 200, freeInvitesRemaining: null,
    sendButton: null, addNoteButton: noteBox ? null : addNote, sendWithoutNoteButton: null, invitee: null,
  });
  mountComposer(dialog('add-note-prompt', null), deps)?.unmount();
  mountComposer(dialog('note', box), deps)?.unmount();
}

/** Warms up when the page is next idle (the press and the click are a tenth of a second apart). */
export function warmUpWhenIdle(doc: Document): void {
  const run = () => {
    try {
      warmUp(doc);
    } catch (error) {
      console.warn('Rapport: warming up the composer failed', error);
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 50 });
  else setTimeout(run, 0);
}
