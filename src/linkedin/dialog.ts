// Finding the invite dialog wherever LinkedIn mounts it: the page's #artdeco-modal-outlet, a
// native <dialog open>, or (2026) the open shadow root of div#interop-outlet. Called on every
// mutation batch of the content script's observer: a few selector lookups, nothing per node.
import { normalizeSlug } from '../core/profile-key';
import { deepLinkVanity } from './page-kind';
import { dialogScopes, type Scope } from './dom';
import {
  classifyStage, dialogInviteeName, dialogTitle, findControls, findNoteBox, looksLikeInvite, readFreeInvitesRemaining, readNoteLimit,
  type InviteStage,
} from './dialog-parts';
import { invitee, type Invitee } from './invitee';
import { ADD_NOTE_LABEL, LANGS, isAddNoteLabel, isSendWithoutNoteLabel, isWeeklyLimitText } from './i18n';
import { cleanName, cleanText } from './text';

export type { InviteStage } from './dialog-parts';

export interface InviteDialog {
  /** The dialog element; its identity tells one dialog from the next (composer/dialog-watch.ts). */
  root: Element;
  stage: InviteStage;
  title: string | null;
  inShadowRoot: boolean;
  /** textarea#custom-message, or the 2026 [role=textbox]; null outside the note step. */
  noteBox: HTMLElement | null;
  /** From maxlength or LinkedIn's "0/200" counter; null when the page does not say. */
  noteLimit: number | null;
  /** "5 personalized invitations remaining for this month." → 5; null when not shown. */
  freeInvitesRemaining: number | null;
  sendButton: Element | null;
  addNoteButton: Element | null;
  sendWithoutNoteButton: Element | null;
  invitee: Invitee | null;
}

export interface DialogContext {
  /**
   * Whom the Connect control that opened the dialog invites (inviteeFromControl, read by the
   * caller at the click): the reader of the top card and result cards stays out of composer.js.
   */
  openedBy?: Invitee | null;
  /** The page URL; on a /preload/custom-invite/ deep link it names the invitee. */
  pageUrl?: string | null;
}

export const KNOWN_INVITE = [
  // Ember artdeco modal, 2024-2026, in the outlet, the deep-link page, or the shadow root
  // (2026 excerpt; constructed/dialog-stage*.html).
  '[data-test-modal-id="send-invite-modal"] [role="dialog"]',
  '.send-invite[role="dialog"]',
  '[role="dialog"].send-invite, [role="alertdialog"].send-invite',
  // weekly-limit modal (constructed/dialog-weekly-limit.html).
  '[data-test-modal-id="ip-fuse-limit-alert"] [role="dialog"]',
  // older markup without a role (felladrin's `.send-invite`).
  '.send-invite',
];
// Generic dialogs: accepted only when their content is one of the invite steps.
export const GENERIC = 'dialog[open], [role="dialog"], [role="alertdialog"]';
// Weekly limit as a toast rather than a dialog (§13).
export const ERROR_TOAST = '[data-test-artdeco-toast-item-type="error"]';
// Pasted fragments without their container (2024-invite-dialog-note-step.excerpt.html): the
// note box, or a step-1 button, with its parent standing in for the dialog.
export const LOOSE_BOX = 'textarea#custom-message';
// Buttons that may be "Add a note" in a listed language: one native query instead of reading every
// labelled button of the page on each scan (the label is still checked exactly).
/** A native dialog that is not open: nothing in it is shown. */
export const CLOSED_DIALOG = 'dialog:not([open])';
/** Labelled buttons beside a loose step-1 button (its partner names the other choice). */
export const LABELLED_BUTTON = 'button[aria-label]';
export const MAYBE_ADD_NOTE = /* @__PURE__ */ LANGS.flatMap((l) => ADD_NOTE_LABEL[l]).map((label) => `button[aria-label*="${label.replace(/["\\]/g, '\\$&')}"]`).join(', ');

/** The open invite dialog under `root` (document, element or shadow root), or null. */
export function findInviteDialog(root: Scope, context: DialogContext = {}): InviteDialog | null {
  try {
    const scopes = dialogScopes(root);
    for (const scope of scopes) {
      const dialog = findIn(scope);
      if (dialog) return describe(dialog.root, dialog.stage, context);
    }
    for (const scope of scopes) {
      const loose = findLoose(scope);
      if (loose) return describe(loose.root, loose.stage, context);
    }
  } catch {
    // Unknown markup: no dialog rather than an exception in the page's observer.
  }
  return null;
}

function findIn(scope: Scope): { root: Element; stage: InviteStage } | null {
  for (const selector of KNOWN_INVITE) {
    const root = scope.querySelector(selector);
    if (root) return { root, stage: classifyStage(root) };
  }
  for (const root of Array.from(scope.querySelectorAll(GENERIC))) {
    if (root.closest(CLOSED_DIALOG)) continue;
    const stage = classifyStage(root, false);
    if (looksLikeInvite(root, stage)) return { root, stage };
  }
  const toast = scope.querySelector(ERROR_TOAST);
  if (toast && isWeeklyLimitText(cleanText(toast))) return { root: toast, stage: 'weekly-limit' };
  return null;
}

function findLoose(scope: Scope): { root: Element; stage: InviteStage } | null {
  // Controls inside a closed native <dialog> are not on screen.
  const shown = (el: Element) => !el.closest(CLOSED_DIALOG);
  const box = scope.querySelector(LOOSE_BOX);
  if (box?.parentElement && shown(box)) return { root: box.parentElement, stage: 'note' };
  // Step 1 without a container: "Add a note" beside "Send without a note" (one alone proves little).
  for (const button of Array.from(scope.querySelectorAll(MAYBE_ADD_NOTE))) {
    const parent = button.parentElement;
    if (!parent || !shown(button) || !isAddNoteLabel(button.getAttribute('aria-label'))) continue;
    const partner = Array.from(parent.querySelectorAll(LABELLED_BUTTON)).some((b) => isSendWithoutNoteLabel(b.getAttribute('aria-label')));
    if (partner) return { root: parent, stage: 'add-note-prompt' };
  }
  return null;
}

function describe(root: Element, stage: InviteStage, context: DialogContext): InviteDialog {
  const noteBox = stage === 'note' ? findNoteBox(root) : null;
  const controls = findControls(root, stage);
  const host = root.getRootNode() as Node & { host?: Element };
  return {
    root,
    stage,
    title: dialogTitle(root),
    inShadowRoot: host.nodeType === 11 && !!host.host,
    noteBox,
    noteLimit: stage === 'note' ? readNoteLimit(root, noteBox) : null,
    freeInvitesRemaining: readFreeInvitesRemaining(root),
    sendButton: controls.send,
    addNoteButton: controls.addNote,
    sendWithoutNoteButton: controls.sendWithoutNote,
    invitee: whoIsInvited(root, context),
  };
}

function whoIsInvited(root: Element, context: DialogContext): Invitee | null {
  const fromOpener = context.openedBy ?? null;
  const slug = context.pageUrl ? deepLinkVanity(context.pageUrl) : null;
  const name = cleanName(dialogInviteeName(root)) ?? fromOpener?.name ?? null;
  const vanity = fromOpener?.vanity ?? (slug ? normalizeSlug(slug) : null);
  return name || vanity ? invitee(name, vanity) : null;
}
