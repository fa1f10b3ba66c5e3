// Where LinkedIn puts the controls of a withdrawal, across eras (LINKEDIN.md §8, §13): the open
// dialog that asks for confirmation, its confirm button when the label names nobody, and the
// 2026 Pending control of a profile. Structure only; labels live in i18n.ts.

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
