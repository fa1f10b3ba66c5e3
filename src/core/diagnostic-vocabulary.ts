// The only words a diagnostics report may contain (diagnostics.ts builds it, the message schema
// in shared/messages/page.ts checks it). No imports: the background's schema can use these lists
// without pulling the reader in.
export const DIAGNOSTIC_PROBLEMS = ['profile-unread', 'dialog-incomplete'] as const;
export const DIAGNOSTIC_KINDS = ['profile', 'own-profile', 'search-results', 'sent-invitations', 'invite-deep-link', 'messaging', 'other'] as const;
export const DIAGNOSTIC_ERAS = ['A', 'BC', 'D'] as const;
export const DIAGNOSTIC_SIGNALS = ['key', 'structure', 'title', 'link', 'label'] as const;
export const DIAGNOSTIC_PARTS = [
  'topCard', 'fullName', 'firstName', 'lastName', 'headline', 'location', 'currentCompany', 'school', 'degree',
  'mutualConnections', 'vanity', 'connect', 'connect:primary', 'connect:more', 'pending', 'results', 'connectControls',
  'rows', 'withdrawControls', 'inviteDialog', 'stage:add-note-prompt', 'stage:note', 'stage:quota-upsell',
  'stage:weekly-limit', 'stage:email-gate', 'stage:unknown', 'noteBox', 'noteLimit', 'sendButton', 'addNoteButton',
  'sendWithoutNoteButton', 'invitee',
] as const;
// failedSends: messages the content script could not deliver on this page (content/send.ts).
export const DIAGNOSTIC_COUNTS = ['sections', 'headings', 'topCardKeys', 'profileLinks', 'elements', 'failedSends'] as const;

export interface PageDiagnostics {
  problem: (typeof DIAGNOSTIC_PROBLEMS)[number];
  kind: (typeof DIAGNOSTIC_KINDS)[number];
  era: (typeof DIAGNOSTIC_ERAS)[number] | null;
  signals: Array<(typeof DIAGNOSTIC_SIGNALS)[number]>;
  found: Array<(typeof DIAGNOSTIC_PARTS)[number]>;
  missing: Array<(typeof DIAGNOSTIC_PARTS)[number]>;
  counts: Partial<Record<(typeof DIAGNOSTIC_COUNTS)[number], number>>;
}

