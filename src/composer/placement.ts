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

/**
 * Where the host goes. At the first step: after LinkedIn's buttons, so they do not move under the
 * person's pointer when the composer (and its warnings, a moment later) appear. Otherwise: after
 * the dialog's content (before its buttons), else after the box or the step-1 buttons.
 */
export function anchorFor(dialog: InviteDialog): Element | null {
  const buttons = (dialog.addNoteButton ?? dialog.sendWithoutNoteButton)?.parentElement ?? null;
  if (!dialog.noteBox && buttons) return buttons;
  const content = dialogContent(dialog.root);
  if (content) return content;
  return dialog.noteBox ?? buttons;
}
