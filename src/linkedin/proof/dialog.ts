// Proof for the selector lists of the invite dialog and its parts, withdrawal confirmations, and where dialogs mount
// (dialog.ts, dialog-parts.ts, dialog-hint.ts, withdraw-controls.ts, dialog-containers.ts, dom.ts's SHADOW_HOSTS).
// Fixture paths are relative to tests/fixtures/; see ../selector-proof.ts for the shape.
import type { ListProofs } from '../selector-proof';

export const DIALOG_PROOF: ListProofs = {
  'dialog-containers APP_CONTENT': { proof: [
    { selector: 'main', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: '[role="main"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'dialog-containers DIALOG_ROOT': { proof: [
    { selector: '[role="dialog"]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
    { selector: 'dialog', fixtures: ['linkedin/constructed/dialog-email-gate.html', 'linkedin/constructed/dialog-quota-upsell.html'] },
  ] },
  'dialog-hint DIALOG_LIKE': { proof: [
    { selector: '[role="dialog"]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
    { selector: '[role="alertdialog"]', fixtures: [], mayGo: '2027-06-30: no saved page shows one; kept for LINKEDIN.md §8 confirmations, drop if none is seen by then' },
    { selector: 'dialog', fixtures: ['linkedin/constructed/dialog-email-gate.html', 'linkedin/constructed/dialog-quota-upsell.html'] },
    { selector: '.send-invite', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
    { selector: '[data-test-modal-id]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
  ] },
  'dialog-parts NOTE_BOX': { proof: [
    { selector: 'textarea#custom-message', fixtures: ['linkedin/2024-invite-dialog-note-step.excerpt.html', 'linkedin/constructed/dialog-stage2-free.html'] },
    { selector: 'textarea[name="message"]', fixtures: ['linkedin/2024-invite-dialog-note-step.excerpt.html', 'linkedin/constructed/dialog-stage2-free.html'] },
    { selector: '[role="textbox"]', fixtures: ['linkedin/constructed/dialog-stage2-textbox.html', 'sim/messaging-2024.html'] },
    { selector: '[contenteditable="true"]', fixtures: ['linkedin/constructed/dialog-stage2-textbox.html', 'sim/messaging-2024.html'] },
  ] },
  'dialog-parts WEEKLY_LIMIT': { proof: [
    { selector: '#ip-fuse-limit-alert__header', fixtures: ['linkedin/constructed/dialog-weekly-limit.html'] },
    { selector: '.ip-fuse-limit-alert__warning', fixtures: ['linkedin/constructed/dialog-weekly-limit.html'] },
  ] },
  'dialog-parts DIALOG_HEADING': { proof: [
    { selector: 'h2', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'h1', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '[role="heading"]', fixtures: [], mayGo: '2027-06-30: the ARIA heading role, in no saved page; kept for a heading LinkedIn draws without h1-h3' },
  ] },
  'dialog-parts WEEKLY_LIMIT_MODAL': { proof: [
    { selector: '[data-test-modal-id="ip-fuse-limit-alert"]', fixtures: ['linkedin/constructed/dialog-weekly-limit.html'] },
  ] },
  'dialog-parts EMAIL_FIELD': { proof: [
    { selector: 'input[type="email"]', fixtures: ['linkedin/constructed/dialog-email-gate.html'] },
  ] },
  'dialog-parts PREMIUM_LINK': { proof: [
    { selector: 'a[href*="/premium/"]', fixtures: ['linkedin/2024-connect-primary-free-viewer.html', 'linkedin/constructed/dialog-quota-upsell.html'] },
  ] },
  'dialog-parts QUOTA_LINE': { proof: [
    { selector: '.connect-button-send-invite__premium-upsell-message', fixtures: ['linkedin/constructed/dialog-stage2-free.html', 'linkedin/constructed/dialog-stage2-textbox.html'] },
  ] },
  'dialog-parts BUTTONS': { proof: [
    { selector: 'button', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '[role="button"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2022-own-profile.html'] },
    { selector: 'a[role="button"]', fixtures: ['linkedin/2024-first-degree-mutuals.html', 'linkedin/2024-message-primary-connect-in-more.html'] },
  ] },
  'dialog-parts INVITE_NOTE_MARKS': { proof: [
    { selector: 'textarea#custom-message', fixtures: ['linkedin/2024-invite-dialog-note-step.excerpt.html', 'linkedin/constructed/dialog-stage2-free.html'] },
    { selector: 'textarea[name="message"]', fixtures: ['linkedin/2024-invite-dialog-note-step.excerpt.html', 'linkedin/constructed/dialog-stage2-free.html'] },
    { selector: '.connect-button-send-invite__premium-upsell-message', fixtures: ['linkedin/constructed/dialog-stage2-free.html', 'linkedin/constructed/dialog-stage2-textbox.html'] },
  ] },
  'dialog-parts LIVE_COUNTER': { proof: [
    { selector: '[aria-live]', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
  ] },
  'dialog-parts ACTION_BAR': { proof: [
    { selector: '.artdeco-modal__actionbar', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
    { selector: '.send-invite__actions', fixtures: [], mayGo: '2027-06-30: the older invite modal\'s bar (felladrin\'s .send-invite, LINKEDIN.md §7); no saved page' },
  ] },
  'dialog-parts INVITEE_NAME': { proof: [
    { selector: '.artdeco-modal__content strong', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
    { selector: 'strong', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2024-connect-primary-free-viewer.html'] },
  ] },
  'dialog-parts MODAL_CONTENT': { proof: [
    { selector: '.artdeco-modal__content', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
  ] },
  // The one list of shadow hosts, for dialogs and message bubbles alike: proved on profiles and on the messaging page.
  'dom SHADOW_HOSTS': { proof: [
    { selector: 'div#interop-outlet', fixtures: ['linkedin/constructed/2026-own-profile-sections.html', 'linkedin/constructed/2026-own-profile.html', 'sim/messaging-2026.html', 'sim/profile-2026-connect-in-more.html'] },
    { selector: '[data-testid="interop-shadowdom"]', fixtures: ['linkedin/constructed/2026-own-profile-sections.html', 'linkedin/constructed/2026-own-profile.html', 'sim/messaging-2026.html', 'sim/profile-2026-connect-in-more.html'] },
  ] },
  'dialog KNOWN_INVITE': { proof: [
    { selector: '[data-test-modal-id="send-invite-modal"] [role="dialog"]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
    { selector: '.send-invite[role="dialog"]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
    { selector: '[role="dialog"].send-invite', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
    { selector: '[role="alertdialog"].send-invite', fixtures: [], mayGo: '2027-06-30: an invite modal as an alertdialog; no saved page, drop if none is seen by then' },
    { selector: '[data-test-modal-id="ip-fuse-limit-alert"] [role="dialog"]', fixtures: ['linkedin/constructed/dialog-weekly-limit.html'] },
    { selector: '.send-invite', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
  ] },
  'dialog GENERIC': { proof: [
    { selector: 'dialog[open]', fixtures: ['linkedin/constructed/dialog-email-gate.html', 'linkedin/constructed/dialog-quota-upsell.html'] },
    { selector: '[role="dialog"]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
    { selector: '[role="alertdialog"]', fixtures: [], mayGo: '2027-06-30: no saved page shows one; kept for LINKEDIN.md §8 confirmations, drop if none is seen by then' },
  ] },
  'dialog ERROR_TOAST': { proof: [
    { selector: '[data-test-artdeco-toast-item-type="error"]', fixtures: [], mayGo: '2027-06-30: weekly limit as an error toast (LINKEDIN.md §13); no saved page' },
  ] },
  'dialog LOOSE_BOX': { proof: [
    { selector: 'textarea#custom-message', fixtures: ['linkedin/2024-invite-dialog-note-step.excerpt.html', 'linkedin/constructed/dialog-stage2-free.html'] },
  ] },
  'dialog CLOSED_DIALOG': { proof: [
    { selector: 'dialog:not([open])', fixtures: [], mayGo: '2027-06-30: a native <dialog> left closed in the page (HTML); no saved page keeps one' },
  ] },
  'dialog LABELLED_BUTTON': { proof: [
    { selector: 'button[aria-label]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'dialog-hint INVITE_MARKS': { proof: [
    { selector: '.send-invite', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
    { selector: '[data-test-modal-id="send-invite-modal"]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
    { selector: '[data-test-modal-id="ip-fuse-limit-alert"]', fixtures: ['linkedin/constructed/dialog-weekly-limit.html'] },
    { selector: 'textarea#custom-message', fixtures: ['linkedin/2024-invite-dialog-note-step.excerpt.html', 'linkedin/constructed/dialog-stage2-free.html'] },
    { selector: 'textarea[name="message"]', fixtures: ['linkedin/2024-invite-dialog-note-step.excerpt.html', 'linkedin/constructed/dialog-stage2-free.html'] },
    { selector: 'button[aria-label="Add a note"]', fixtures: ['linkedin/2024-invite-dialog-note-step.excerpt.html', 'linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html'] },
    { selector: 'button[aria-label="Send without a note"]', fixtures: ['linkedin/2024-invite-dialog-note-step.excerpt.html', 'linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html'] },
    { selector: 'button[aria-label="Ajouter une note"]', fixtures: ['linkedin/translated/dialog-stage1.fr.html'] },
    { selector: 'button[aria-label="Envoyer sans note"]', fixtures: ['linkedin/translated/dialog-stage1.fr.html'] },
    { selector: 'button[aria-label="Nachricht hinzufügen"]', fixtures: ['linkedin/translated/dialog-stage1.de.html'] },
    { selector: 'button[aria-label="Notiz hinzufügen"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts step-1 labels or the invite modal; no saved page in this language or wording, drop it if none is seen' },
    { selector: 'button[aria-label="Ohne Nachricht senden"]', fixtures: ['linkedin/translated/dialog-stage1.de.html'] },
    { selector: 'button[aria-label="Ohne Notiz senden"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts step-1 labels or the invite modal; no saved page in this language or wording, drop it if none is seen' },
    { selector: 'button[aria-label="Añadir una nota"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts step-1 labels or the invite modal; no saved page in this language or wording, drop it if none is seen' },
    { selector: 'button[aria-label="Agregar una nota"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts step-1 labels or the invite modal; no saved page in this language or wording, drop it if none is seen' },
    { selector: 'button[aria-label="Enviar sin nota"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts step-1 labels or the invite modal; no saved page in this language or wording, drop it if none is seen' },
    { selector: 'button[aria-label="Adicionar nota"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts step-1 labels or the invite modal; no saved page in this language or wording, drop it if none is seen' },
    { selector: 'button[aria-label="Adicionar uma nota"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts step-1 labels or the invite modal; no saved page in this language or wording, drop it if none is seen' },
    { selector: 'button[aria-label="Enviar sem nota"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts step-1 labels or the invite modal; no saved page in this language or wording, drop it if none is seen' },
    { selector: 'button[aria-label="Dodaj notatkę"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts step-1 labels or the invite modal; no saved page in this language or wording, drop it if none is seen' },
    { selector: 'button[aria-label="Wyślij bez notatki"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts step-1 labels or the invite modal; no saved page in this language or wording, drop it if none is seen' },
  ] },
  'dialog MAYBE_ADD_NOTE': { proof: [
    { selector: 'button[aria-label*="Add a note"]', fixtures: ['linkedin/2024-invite-dialog-note-step.excerpt.html', 'linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html'] },
    { selector: 'button[aria-label*="Ajouter une note"]', fixtures: ['linkedin/translated/dialog-stage1.fr.html'] },
    { selector: 'button[aria-label*="Nachricht hinzufügen"]', fixtures: ['linkedin/translated/dialog-stage1.de.html'] },
    { selector: 'button[aria-label*="Notiz hinzufügen"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts ADD_NOTE_LABEL; no saved page in this language or wording, drop the label if none is seen' },
    { selector: 'button[aria-label*="Añadir una nota"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts ADD_NOTE_LABEL; no saved page in this language or wording, drop the label if none is seen' },
    { selector: 'button[aria-label*="Agregar una nota"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts ADD_NOTE_LABEL; no saved page in this language or wording, drop the label if none is seen' },
    { selector: 'button[aria-label*="Adicionar nota"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts ADD_NOTE_LABEL; no saved page in this language or wording, drop the label if none is seen' },
    { selector: 'button[aria-label*="Adicionar uma nota"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts ADD_NOTE_LABEL; no saved page in this language or wording, drop the label if none is seen' },
    { selector: 'button[aria-label*="Dodaj notatkę"]', fixtures: [], mayGo: '2027-06-30: from i18n.ts ADD_NOTE_LABEL; no saved page in this language or wording, drop the label if none is seen' },
  ] },
  'withdraw-controls CONTROL': { proof: [
    { selector: 'a', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'button', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '[role="button"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2022-own-profile.html'] },
    { selector: '[role="menuitem"]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/2026-profile-connect-in-more.html'] },
  ] },
  'withdraw-controls OPEN_DIALOG': { proof: [
    { selector: 'dialog[open]', fixtures: ['linkedin/constructed/dialog-email-gate.html', 'linkedin/constructed/dialog-quota-upsell.html'] },
    { selector: '[role="dialog"]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
    { selector: '[role="alertdialog"]', fixtures: [], mayGo: '2027-06-30: no saved page shows one; kept for LINKEDIN.md §8 confirmations, drop if none is seen by then' },
    { selector: '.artdeco-modal', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'], mayGo: '2027-06-30: artdeco modals (2019-25); drop once no saved 2026 page has one' },
  ] },
  'withdraw-controls UNLABELLED_WITHDRAW_CONFIRM': { proof: [
    { selector: '.artdeco-button--primary', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2022-own-profile.html'], mayGo: '2027-06-30: artdeco buttons (2019-25)' },
    { selector: '[data-view-name="edge-creation-connect-action"] button', fixtures: [], mayGo: '2027-06-30: the ~2024-25 confirm view (LINKEDIN.md §8), no saved page' },
  ] },
  'withdraw-controls PENDING_CONTROL_KEY': { proof: [
    { selector: '[componentkey$="_pending"]', fixtures: ['linkedin/constructed/2026-profile-pending.html', 'linkedin/constructed/2026-search-results.html'] },
  ] },
};
