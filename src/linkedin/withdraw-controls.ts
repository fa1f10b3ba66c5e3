// Where LinkedIn puts the controls of a withdrawal, across eras (LINKEDIN.md §8, §13): the open
// dialog that asks for confirmation, its confirm button when the label names nobody, and the
// 2026 Pending control of a profile. Structure here; per-language labels live in i18n.ts.
import { dialogScopes, isDisabledControl } from './dom';
import { pendingLabelName, withdrawLabelName } from './i18n';
import { cleanName } from './text';

/** What a person clicks: links, buttons, and menu items (2026 moved Withdraw into a menu). */
export const CONTROL = 'a, button, [role="button"], [role="menuitem"]';

/** Native <dialog open> (2026), ARIA dialogs and artdeco modals (2019-25). */
export const OPEN_DIALOG = 'dialog[open], [role="dialog"], [role="alertdialog"], .artdeco-modal';

/**
 * Confirm controls without a name in their label: artdeco's primary button (2019-25) and the
 * ~2024-25 confirm view. Cancel and Dismiss match neither.
 */
export const UNLABELLED_WITHDRAW_CONFIRM = '.artdeco-button--primary, [data-view-name="edge-creation-connect-action"] button';

/** The 2026 Pending control's state key, whatever the UI language. */
export const PENDING_CONTROL_KEY = '[componentkey$="_pending"]';

/**
 * The ~2024-25 confirm button's aria-label, "Withdrawn invitation sent to <Name>" (§8); group 1 is
 * the name. Only the English form is documented, so it is not in i18n.ts's per-language tables;
 * in other languages the confirm is found by UNLABELLED_WITHDRAW_CONFIRM and the dialog instead.
 */
export const WITHDRAWN_CONFIRM_LABEL_EN = /^Withdrawn invitation sent to (.+)$/;

/** The enabled control a click at `target` hit, or null. */
export function withdrawControlAt(target: EventTarget | undefined): Element | null {
  const control = target instanceof Element ? target.closest(CONTROL) : null;
  return control && !isDisabledControl(control) ? control : null;
}

/**
 * A click on a withdrawal's control as it was when it happened: the control, and whether it was in
 * an open dialog. Judged later (composer.js may arrive after LinkedIn closed the dialog or disabled
 * the button), it still means what the person clicked.
 */
export interface WithdrawClick {
  control: Element;
  inDialog: boolean;
}

/** The click at `target`, taken now; null if it hit no enabled control. */
export function withdrawClickAt(target: EventTarget | undefined): WithdrawClick | null {
  const control = withdrawControlAt(target);
  return control ? { control, inDialog: inOpenDialog(control) } : null;
}

/** The person a Withdraw (or a confirm) control's label names, in any language LinkedIn uses. */
export const withdrawnName = (control: Element): string | null => {
  const label = control.getAttribute('aria-label');
  return cleanName(withdrawLabelName(label) ?? WITHDRAWN_CONFIRM_LABEL_EN.exec(label ?? '')?.[1]);
};

/** Inside LinkedIn's open confirmation dialog. */
export const inOpenDialog = (control: Element): boolean => !!control.closest(OPEN_DIALOG);

/** In that dialog, the confirm: its label names the person, or it is the unlabelled primary. */
export const confirmsWithdrawal = (control: Element, named: string | null): boolean => !!named || control.matches(UNLABELLED_WITHDRAW_CONFIRM);

/** The person a Pending control's label names (null: none named). */
export const pendingName = (control: Element): string | null => cleanName(pendingLabelName(control.getAttribute('aria-label')));

/** A Pending control: the 2026 key, or a label naming whom it is for. */
export const isPendingControl = (control: Element, named: string | null): boolean => named !== null || control.matches(PENDING_CONTROL_KEY);

/**
 * At a glance and in any language, whether a click on `control` may start (or confirm) withdrawing
 * the invitation to `name`, the profile's person: the 2026 Pending key, or a label that names them
 * ("Pending, click to withdraw invitation sent to <Name>", "Withdraw invitation sent to <Name>").
 * content.js fetches the withdrawal's reader (composer.js) only then; the reader decides.
 */
export function mayStartWithdrawal(control: Element, name: string | null): boolean {
  const label = control.getAttribute('aria-label')?.toLowerCase();
  return control.matches(PENDING_CONTROL_KEY) || (!!name && !!label && label.includes(name.toLowerCase()));
}

/** True while a confirmation (or any) dialog is open where LinkedIn puts them. */
export const withdrawDialogOpen = (doc: Document): boolean => dialogScopes(doc).some((scope) => scope.querySelector(OPEN_DIALOG));
