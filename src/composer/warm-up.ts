// composer.js arrives at the person's press on Connect, a tenth of a second before the click that
// opens the dialog. The browser compiles each function the first time it runs, and the composer's
// first draw ran most of its code for the first time (tens of ms on a busy machine). So, once
// composer.js is there and the page is idle, a stand-in dialog that is never in the page (detached
// elements shaped like LinkedIn's invite dialog: nothing is shown, nothing is read from the page,
// nothing is sent) is read by the same dialog reader the click's dialog is read by, and both steps
// of the composer are mounted on it and taken down at once. The dialog after the click only draws.
import { mountComposer } from './mount';
import { fallbackSettings } from './data';
import type { ComposerDeps } from './deps';
import { findInviteDialog, type InviteDialog } from '../linkedin';

type Step = 'prompt' | 'note';

/**
 * The note step comes at the earliest a reaction after the dialog shows: its warm-up waits this
 * long, so it never runs between the press and the click (the click would wait for it).
 */
const NOTE_WARM_UP_AFTER_MS = 300;

/** Detached elements shaped like LinkedIn's invite dialog at `step` (the Ember modal's parts). */
function standIn(doc: Document, step: Step) {
  const el = (tag: string, className = '', text = '') => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  };
  const scope = el('div');
  const root = el('div', 'send-invite');
  root.setAttribute('role', 'dialog');
  const content = el('div', 'artdeco-modal__content');
  const line = el('p', '', 'You can add a note to personalize your invitation to ');
  line.append(el('strong', '', 'Ada Lovelace'));
  const box = el('textarea');
  box.id = 'custom-message';
  box.setAttribute('maxlength', '200');
  const buttons = el('div', 'artdeco-modal__actionbar');
  const addNote = el('button', '', 'Add a note');
  addNote.setAttribute('aria-label', 'Add a note');
  buttons.append(addNote);
  content.append(step === 'note' ? box : line);
  root.append(el('h2', '', step === 'note' ? 'Add a note to your invitation' : 'Add a note to your invitation?'), content, buttons);
  scope.append(root);
  return { scope, root, box, addNote };
}

/**
 * The stand-in dialog at `step` (never in the page), read as the click's dialog is read. Should
 * the reader and the stand-in part ways, the parts as they would have been read.
 */
export function standInDialog(doc: Document, step: Step): InviteDialog {
  const { scope, root, box, addNote } = standIn(doc, step);
  const note = step === 'note';
  // The page's address, as the click's read has it: only the address is read (is it a deep link?),
  // and that check's first run (its patterns compiled) falls here instead of into the click.
  return findInviteDialog(scope, { openedBy: null, pageUrl: doc.location?.href ?? null }) ?? {
    root, stage: note ? 'note' : 'add-note-prompt', title: null, inShadowRoot: false, noteBox: note ? box : null, noteLimit: 200,
    freeInvitesRemaining: null, sendButton: null, addNoteButton: note ? null : addNote, sendWithoutNoteButton: null, invitee: null,
  };
}

/** The composer mounted on the stand-in dialog at `step` and taken down at once. */
export function warmUp(doc: Document, step: Step): void {
  const dialog = standInDialog(doc, step);
  const deps: ComposerDeps = {
    profile: () => null,
    data: () => ({ templates: [], settings: fallbackSettings, guard: null, guardFor: null }),
    // Never answers: the stand-in is gone before anything could be drawn again.
    refresh: () => new Promise(() => undefined),
    report: () => undefined,
    current: () => null,
    now: Date.now,
    wholeAtOnce: true,
  };
  mountComposer(dialog, deps)?.unmount();
}

const whenIdle = (run: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 50 });
  else setTimeout(run, 0);
};

/**
 * Warms up the first step when the page is next idle (the press and the click are a tenth of a
 * second apart; the click shows the first step), the note step at an idle moment a little later.
 */
export function warmUpWhenIdle(doc: Document): void {
  const run = (step: Step) => {
    try {
      warmUp(doc, step);
    } catch (error) {
      console.warn('Rapport: warming up the composer failed', error);
    }
  };
  whenIdle(() => run('prompt'));
  setTimeout(() => whenIdle(() => run('note')), NOTE_WARM_UP_AFTER_MS);
}
