// Proof for the selector lists of Connect controls and where they sit (connect.ts, connect-controls.ts, dom.ts).
// Fixture paths are relative to tests/fixtures/; see ../selector-proof.ts for the shape.
import type { ListProofs } from '../selector-proof';

export const CONNECT_PROOF: ListProofs = {
  'connect-controls PORTAL_MENU': { proof: [
    { selector: '[role="menu"]', fixtures: ['linkedin/constructed/2026-profile-connect-in-more.html'] },
  ] },
  'connect-controls PORTAL': { proof: [
    { selector: '[data-floating-ui-portal]', fixtures: ['linkedin/constructed/2026-profile-connect-in-more.html'] },
    { selector: '[popover]', fixtures: ['linkedin/constructed/2026-profile-connect-in-more.html'] },
  ] },
  'connect CONTROL': { proof: [
    { selector: 'a', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'button', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '[role="button"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2022-own-profile.html'] },
    { selector: '[role="menuitem"]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/2026-profile-connect-in-more.html'] },
    { selector: 'artdeco-dropdown-item', fixtures: ['linkedin/2018-first-degree.html'] },
  ] },
  'connect CONNECT_HREF': { as: 'href-part', proof: [
    { selector: '/preload/custom-invite/', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/2026-profile-connect-primary.html'] },
    { selector: '/preload/search-custom-invite/', fixtures: ['linkedin/constructed/2026-search-results.html', 'sim/search-2026.html'] },
  ] },
  'connect CONNECT_ICON': { proof: [
    { selector: 'svg[data-test-icon^="connect-"]', fixtures: ['linkedin/2024-connect-primary-free-viewer.html', 'linkedin/2024-connect-primary-mutuals.html'] },
    { selector: 'use[href^="#connect-"]', fixtures: ['linkedin/2024-connect-primary-free-viewer.html', 'linkedin/2024-connect-primary-mutuals.html'] },
    { selector: 'svg[id^="connect-"]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/2026-profile-april-chips-in-p.html'] },
  ] },
  'connect ERA_A_CONNECT': { proof: [
    { selector: '.pv-s-profile-actions--connect', fixtures: [], mayGo: '2027-06-30: era A 2018-20 Connect (LINKEDIN.md §6 table); no saved page shows it' },
  ] },
  'connect CONNECT_STATE_KEY': { proof: [
    { selector: '[componentkey^="ConnectButtonstate"]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/2026-own-profile.html'] },
  ] },
  'connect MENU': { proof: [
    { selector: '[role="menu"]', fixtures: ['linkedin/constructed/2026-profile-connect-in-more.html'] },
    { selector: '[role="menuitem"]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/2026-profile-connect-in-more.html'] },
    { selector: '[data-floating-ui-portal]', fixtures: ['linkedin/constructed/2026-profile-connect-in-more.html'] },
    { selector: '[popover]', fixtures: ['linkedin/constructed/2026-profile-connect-in-more.html'] },
    { selector: '.artdeco-dropdown__content', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: '.artdeco-dropdown__item', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: 'artdeco-dropdown-content', fixtures: ['linkedin/2018-first-degree.html'] },
    { selector: 'artdeco-dropdown-item', fixtures: ['linkedin/2018-first-degree.html'] },
  ] },
  'dom HIDDEN_LABEL': { proof: [
    { selector: '.a11y-text', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '.visually-hidden', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
};
