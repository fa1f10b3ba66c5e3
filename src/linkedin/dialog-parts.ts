// Inside an invite dialog: which step it shows, the note box, the limit, the quota line and the
// controls. Structure decides (ids, roles, the action bar's primary/secondary buttons, href
// shapes); the aria-label tables in i18n.ts only confirm or break ties.
import { queryFirst, type Scope } from './dom';
import { isAddNoteLabel, isAddNotePromptTitle, isSendInvitationLabel, isSendWithoutNoteLabel, isWeeklyLimitText } from './i18n';
import { cleanText, firstInteger } from './text';

export type InviteStage = 'add-note-prompt' | 'note' | 'quota-upsell' | 'weekly-limit' | 'email-gate' | 'unknown';

export const NOTE_BOX = [
  // 2017-2026: textarea#custom-message[name=message] (2024-invite-dialog-note-step.excerpt.html;
  // constructed/dialog-stage2-*.html).
  'textarea#custom-message',
  'textarea[name="message"]',
  // 2026 (unattributed): a content-editable [role=textbox] (constructed/dialog-stage2-textbox.html).
  '[role="textbox"]',
  '[contenteditable="true"]',
];
export const findNoteBox = (dialog: Scope): HTMLElement | null => queryFirst(dialog, NOTE_BOX) as HTMLElement | null;

export const WEEKLY_LIMIT = [
  // legacy weekly-limit modal (§7, §13; constructed/dialog-weekly-limit.html).
  '#ip-fuse-limit-alert__header',
  '.ip-fuse-limit-alert__warning',
].join(', ');

/** The dialog's heading when no aria-labelledby names it. */
export const DIALOG_HEADING = 'h2, h1, [role="heading"]';
/** The legacy weekly-limit modal's container (constructed/dialog-weekly-limit.html). */
export const WEEKLY_LIMIT_MODAL = '[data-test-modal-id="ip-fuse-limit-alert"]';
/** The e-mail gate's field (§7, §11; constructed/dialog-email-gate.html). */
export const EMAIL_FIELD = 'input[type="email"]';
/** The upsell that replaces the editor when the quota is used up (constructed/dialog-quota-upsell.html). */
export const PREMIUM_LINK = 'a[href*="/premium/"]';

/** The dialog's heading: aria-labelledby target, else its first h2. */
export function dialogTitle(dialog: Element): string | null {
  const id = dialog.getAttribute('aria-labelledby');
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const byId = id && typeof root.getElementById === 'function' ? root.getElementById(id) : null;
  const heading = byId && dialog.contains(byId) ? byId : dialog.querySelector(DIALOG_HEADING);
  const text = cleanText(heading);
  return text || null;
}

/**
 * The step a dialog shows. `known` says the container is LinkedIn's invite modal (.send-invite);
 * only then do structural guesses (two action-bar buttons = step 1) apply, because any artdeco
 * modal (a withdraw confirmation, say) has an action bar too.
 */
export function classifyStage(dialog: Element, known = true): InviteStage {
  if (dialog.matches(WEEKLY_LIMIT) || dialog.querySelector(WEEKLY_LIMIT) || dialog.closest(WEEKLY_LIMIT_MODAL)) return 'weekly-limit';
  if (findNoteBox(dialog)) return 'note';
  // E-mail gate (§7, §11): an e-mail field; "Add a note" stays enabled beside it.
  if (dialog.querySelector(EMAIL_FIELD)) return 'email-gate';
  if (findLabelled(dialog, isAddNoteLabel) || findLabelled(dialog, isSendWithoutNoteLabel)) return 'add-note-prompt';
  // Quota used up: a Premium upsell replaces the editor (§7; linkedin-mcp-server #448).
  if (dialog.querySelector(PREMIUM_LINK)) return 'quota-upsell';
  const title = dialogTitle(dialog);
  if (isWeeklyLimitText(title)) return 'weekly-limit';
  if (isAddNotePromptTitle(title)) return 'add-note-prompt';
  // An Ember invite modal whose labels we cannot read: two action-bar buttons and no box is step 1.
  if (known && actionBarButtons(dialog).length === 2) return 'add-note-prompt';
  return 'unknown';
}

// Free accounts: "5 personalized invitations remaining for this month." — the number, in any language.
export const QUOTA_LINE = '.connect-button-send-invite__premium-upsell-message';

export const BUTTONS = 'button, [role="button"], a[role="button"]';
/** Only LinkedIn's invite note step has these: its textarea, or the free quota line. */
export const INVITE_NOTE_MARKS = 'textarea#custom-message, textarea[name="message"], ' + QUOTA_LINE;
/** LinkedIn's "0/200" counter is announced live. */
export const LIVE_COUNTER = '[aria-live]';
/** The Ember modal's action bar (2024 excerpt; constructed/dialog-stage1.html), and the older invite's. */
export const ACTION_BAR = ['.artdeco-modal__actionbar', '.send-invite__actions'];

/**
 * Whether a generic dialog (native <dialog>, any [role=dialog]) really is an invite step: the
 * messaging overlay also has a [role=textbox], and other forms ask for an e-mail address.
 */
export function looksLikeInvite(dialog: Element, stage: InviteStage): boolean {
  if (stage === 'unknown') return false;
  if (stage === 'note') {
    if (dialog.querySelector(INVITE_NOTE_MARKS)) return true;
    return Array.from(dialog.querySelectorAll(LIVE_COUNTER)).some((c) => /\/\s*(?:200|300)\b/.test(cleanText(c)));
  }
  if (stage === 'email-gate') return !!(findLabelled(dialog, isAddNoteLabel) || findLabelled(dialog, isSendWithoutNoteLabel));
  return true;
}

function findLabelled(dialog: Scope, test: (label: string | null) => boolean): Element | null {
  return findAllLabelled(dialog, [test])[0] ?? null;
}

/**
 * For each test, the first button its label or text passes (as findLabelled), in one pass over the
 * dialog's buttons that reads each button's label and text once: the note step asks for three
 * controls it mostly does not have, and each ask read every button's text again.
 */
function findAllLabelled(dialog: Scope, tests: readonly ((label: string | null) => boolean)[]): (Element | null)[] {
  const found: (Element | null)[] = tests.map(() => null);
  let left = tests.length;
  for (const el of Array.from(dialog.querySelectorAll(BUTTONS))) {
    const label = el.getAttribute('aria-label');
    let text: string | undefined;
    for (let i = 0; i < tests.length; i++) {
      if (found[i] || !(tests[i]!(label) || tests[i]!((text ??= cleanText(el))))) continue;
      found[i] = el;
      left--;
    }
    if (left === 0) break;
  }
  return found;
}

/** The Ember modal's action bar buttons (dismiss excluded): [secondary, primary] on both steps. */
function actionBarButtons(dialog: Scope): Element[] {
  const bar = queryFirst(dialog, ACTION_BAR);
  return bar ? Array.from(bar.querySelectorAll('button')) : [];
}

const isSendLabel = (label: string | null) => isSendInvitationLabel(label) && !isSendWithoutNoteLabel(label);
const isPrimary = (el: Element) => /artdeco-button--primary|button-primary/.test(el.getAttribute('class') ?? '');

export interface DialogControls {
  addNote: Element | null;
  sendWithoutNote: Element | null;
  send: Element | null;
}

export function findControls(dialog: Scope, stage: InviteStage): DialogControls {
  const bar = actionBarButtons(dialog);
  const barPrimary = bar.find(isPrimary) ?? null;
  const barSecondary = bar.find((b) => !isPrimary(b)) ?? null;
  const step1 = stage === 'add-note-prompt' || stage === 'email-gate';
  const note = stage === 'note';
  const [labelledAddNote, labelledSendWithoutNote, labelledSend] = findAllLabelled(dialog, note ? [isAddNoteLabel, isSendWithoutNoteLabel, isSendLabel] : [isAddNoteLabel, isSendWithoutNoteLabel]);
  const addNote = labelledAddNote ?? (step1 ? barSecondary : null);
  const sendWithoutNote = labelledSendWithoutNote ?? (step1 ? barPrimary : null);
  let send: Element | null = null;
  if (note) {
    send = labelledSend ?? barPrimary;
    // Loose fragments without an action bar: the enabled-or-disabled primary that is not step 1's.
    send ??= Array.from(dialog.querySelectorAll('button')).find((b) => isPrimary(b) && b !== sendWithoutNote) ?? null;
  }
  return { addNote, sendWithoutNote, send };
}

/**
 * The note limit: the box's maxlength (2017-18), else LinkedIn's own counter "0/200" / "0/300"
 * (span[aria-live=polite]). Never the visually hidden label, which says 300 even on free accounts.
 */
export function readNoteLimit(dialog: Scope, box: Element | null): number | null {
  const max = box?.getAttribute('maxlength');
  if (max && /^\d+$/.test(max.trim()) && Number(max) > 0) return Number(max);
  for (const counter of Array.from(dialog.querySelectorAll(LIVE_COUNTER))) {
    const m = /(\d+)\s*\/\s*(\d+)/.exec(cleanText(counter));
    if (m?.[2] && Number(m[2]) > 0) return Number(m[2]);
  }
  return null;
}


export function readFreeInvitesRemaining(dialog: Scope): number | null {
  const line = dialog.querySelector(QUOTA_LINE);
  return line ? firstInteger(cleanText(line)) : null;
}

/** The invitee in the step-1 sentence: the artdeco modal's (2024 excerpt), else any <strong>. */
export const INVITEE_NAME = ['.artdeco-modal__content strong', 'strong'];
/** The artdeco modal's content box (constructed/dialog-stage*.html). */
export const MODAL_CONTENT = '.artdeco-modal__content';

/** The invitee's name as the dialog prints it on step 1 ("…your invitation to <strong>Name</strong>"). */
export function dialogInviteeName(dialog: Scope): string | null {
  const strong = queryFirst(dialog, INVITEE_NAME);
  const text = cleanText(strong);
  return text || null;
}

/** The artdeco modal's content (2019-25), where the composer goes before the dialog's buttons. */
export function dialogContent(dialog: Element): Element | null {
  return dialog.querySelector(MODAL_CONTENT);
}
