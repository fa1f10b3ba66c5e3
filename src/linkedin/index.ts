// The LinkedIn reader: all knowledge of LinkedIn's DOM and URLs, as pure functions over a
// Document, Element or ShadowRoot. No extension APIs; nothing here throws on unknown markup.
export { pageKind, deepLinkVanity, PAGE_DETECTORS, type PageKind } from './page-kind';
export { isProfile, isOwnProfileUrl, isSearchResults, isSentInvitations, isInviteDeepLink, isMessaging } from './page-kind';
export { readProfile, type ProfileRead, type ConnectLocation } from './read-profile';
export { findInviteDialog, type InviteDialog, type InviteStage, type DialogContext } from './dialog';
export { findConnectControls, type ConnectControl } from './connect-controls';
export { inviteeFromControl, type Invitee } from './invitee';
export { readSentInvitations, type SentInvitation } from './sent';
export { describePage, profileFindings, isDialogIncomplete, type PageDiagnostics, type ProfileFindings } from './diagnostics';
export { splitName, type NameParts } from '../core/names';
export { connectControlAt, type ConnectPlacement } from './connect';
export type { MutualConnections } from './mutuals';
export type { Degree } from './profile-fields';
export type { Era } from './top-card';
export type { Scope } from './dom';
export { dialogContainers, isInert, type DialogContainers } from './dialog-containers';
export { readExperience, type ExperienceEntry } from './experience';
export { readEducation, type EducationEntry } from './education';
export { parseDateRange, type DateRange, type YearMonth } from './date-range';
export { findMessageBoxes, readMessageBox, opensConversation, readMessageText, canSend, MESSAGE_LIMIT, MESSAGE_EDITOR_HINT, type MessageBox } from './messaging';
export { batchMayTouchDialog, mayShowInviteDialog } from './dialog-hint';
export { batchAddsEditor, batchMayTouchMessageBox, mayShowMessageBox } from './message-hint';
export { withdrawControlAt, withdrawClickAt, type WithdrawClick, withdrawnName, inOpenDialog, confirmsWithdrawal, pendingName, isPendingControl, withdrawDialogOpen, mayStartWithdrawal } from './withdraw-controls';
export { linkedInTheme, type PageTheme } from './theme';
export { collapse } from './text';
export { clickedControl, dialogScopes, isDisabledControl, isShadowHost } from './dom';
export { dialogContent } from './dialog-parts';
export { readLanguages, type LanguageEntry } from './languages';
