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

/** The stand-in dialog at `step` (never in the page), and the composer mounted on it and taken down. */
export function warmUp(doc: Document, step: 'prompt' | 'note'): void {
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
  const note = step === 'note';
  const dialog: InviteDialog = {
    root, stage: note ? 'note' : 'add-note-prompt', title: null, inShadowRoot: false, noteBox: note ? box : null, noteLimit: 200,
    freeInvitesRemaining: null, sendButton: null, addNoteButton: note ? null : addNote, sendWithoutNoteButton: null, invitee: null,
  };
  mountComposer(dialog, deps)?.unmount();
}

const whenIdle = (run: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 50 });
  else setTimeout(run, 0);
};

/**
 * Warms up when the page is next idle (the press and the click are a tenth of a second apart):
 * the first step first (it is what the click shows), the note step at the next idle moment.
 */
export function warmUpWhenIdle(doc: Document): void {
  const run = (step: 'prompt' | 'note') => {
    try {
      warmUp(doc, step);
    } catch (error) {
      console.warn('Rapport: warming up the composer failed', error);
    }
  };
  whenIdle(() => {
    run('prompt');
    whenIdle(() => run('note'));
  });
}
