// Which steps of LinkedIn's invite dialog get a composer, and where in the dialog it goes.
import { dialogContent, type InviteDialog } from '../linkedin';

/** The steps that get a composer: the box itself, and the first step (to point at "Add a note"). */
export const STEP_OF: Partial<Record<InviteDialog['stage'], 'note' | 'prompt' | 'limit'>> = {
  note: 'note',
  // LinkedIn refused (notes used up, weekly limit): the composer only says what to do instead.
  'quota-upsell': 'limit',
  'weekly-limit': 'limit',
  'add-note-prompt': 'prompt',
  // The e-mail gate keeps "Add a note" next to the e-mail field.
  'email-gate': 'prompt',
};

export interface Placement {
  anchor: Element;
  /** The host goes right before or right after the anchor. */
  where: 'before' | 'after';
}

/**
 * Where the host goes. At the first step: above LinkedIn's buttons, where the person reads before
 * choosing — unless the step was already painted without the composer (its code arrived late),
 * then after them: a button once on screen never moves under the person's pointer. Otherwise:
 * after the dialog's content (before its buttons), else after the box or the step-1 buttons.
 */
export function placementFor(dialog: InviteDialog, painted: boolean): Placement | null {
  const buttons = (dialog.addNoteButton ?? dialog.sendWithoutNoteButton)?.parentElement ?? null;
  if (!dialog.noteBox && buttons) return { anchor: buttons, where: painted ? 'after' : 'before' };
  const anchor = dialogContent(dialog.root) ?? dialog.noteBox ?? buttons;
  return anchor ? { anchor, where: 'after' } : null;
}
