// Proof for the selector lists of message boxes: the overlay bubble and the thread page (messaging.ts; the simulator's pages).
// Fixture paths are relative to tests/fixtures/; see ../selector-proof.ts for the shape.
import type { ListProofs } from '../selector-proof';

export const MESSAGING_PROOF: ListProofs = {
  'messaging EDITOR': { proof: [
    { selector: '[contenteditable]:not([contenteditable="false"])', fixtures: ['sim/messaging-2024.html', 'sim/messaging-2026.html'] },
  ] },
  'messaging MESSAGE_EDITOR_HINT': { proof: [
    { selector: '[contenteditable]', fixtures: ['sim/messaging-2024.html', 'sim/messaging-2026.html'] },
  ] },
  'messaging IS_TEXTBOX': { proof: [
    { selector: '[role="textbox"]', fixtures: ['sim/messaging-2024.html', 'sim/messaging-2026.html'] },
    { selector: '.msg-form__contenteditable', fixtures: ['sim/messaging-2024.html', 'sim/profile-2024.html#bubble:daniel-okafor'] },
  ] },
  'messaging SEND': { proof: [
    { selector: 'button[type="submit"]', fixtures: ['sim/messaging-2024.html', 'sim/messaging-2026.html'] },
    { selector: '.msg-form__send-button', fixtures: ['sim/messaging-2024.html', 'sim/profile-2024.html#bubble:daniel-okafor'] },
  ] },
  'messaging NOT_SEND': { proof: [
    { selector: '[aria-haspopup]:not([aria-haspopup="false"])', fixtures: ['sim/messaging-2024.html', 'sim/messaging-2026.html'] },
  ] },
  'messaging LISTS': { proof: [
    { selector: 'ul', fixtures: ['sim/messaging-2024.html', 'sim/messaging-2026.html'] },
    { selector: 'ol', fixtures: [], mayGo: '2027-06-30: HTML list; no saved conversation uses one, kept so a list of messages is never taken for a header' },
    { selector: '[role="list"]', fixtures: ['sim/messaging-2024.html', 'sim/messaging-2026.html'] },
    { selector: '[role="listitem"]', fixtures: ['sim/search-2026.html', 'linkedin/constructed/2026-search-results.html'] },
    { selector: '[role="log"]', fixtures: [], mayGo: '2027-06-30: ARIA log, the role a message list may take (LINKEDIN.md §14); no saved page' },
  ] },
  'messaging PROFILE_LINK': { proof: [
    { selector: 'a[href*="/in/"]', fixtures: ['sim/messaging-2024.html', 'sim/messaging-2026.html'] },
  ] },
  'messaging HEADING': { proof: [
    { selector: 'h1', fixtures: ['sim/profile-2024.html', 'sim/profile-2024.html#bubble:daniel-okafor'] },
    { selector: 'h2', fixtures: ['sim/messaging-2024.html', 'sim/messaging-2026.html'] },
    { selector: 'h3', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'h4', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '[role="heading"]', fixtures: [], mayGo: '2027-06-30: the ARIA heading role, in no saved page; kept for a heading LinkedIn draws without h1-h3' },
  ] },
  'messaging OVERLAY': { proof: [
    { selector: '[role="dialog"]', fixtures: ['linkedin/constructed/dialog-stage1.html', 'linkedin/constructed/dialog-stage2-free.html'] },
    { selector: '.msg-overlay-conversation-bubble', fixtures: ['sim/profile-2024.html#bubble:daniel-okafor'] },
    { selector: '#msg-overlay', fixtures: ['sim/profile-2024.html', 'sim/profile-2024.html#bubble:daniel-okafor'] },
    { selector: 'aside', fixtures: ['sim/profile-2024.html', 'sim/profile-2024.html#bubble:daniel-okafor'] },
  ] },
  'messaging OVERLAY_CONTAINER': { proof: [
    { selector: '#msg-overlay', fixtures: ['sim/profile-2024.html'] },
    { selector: '.msg-overlay-container', fixtures: ['sim/profile-2024.html'] },
    { selector: '.msg-overlay-list-bubble', fixtures: [], mayGo: '2027-06-30: era C inbox list bubble in the overlay (LINKEDIN.md §14); no saved page shows the overlay list' },
  ] },
  'messaging MESSAGING_LINK': { proof: [
    { selector: 'a[href*="/messaging/"]', fixtures: ['linkedin/2024-first-degree-mutuals.html', 'linkedin/constructed/2026-profile-first-degree.html'] },
  ] },
};
