// Proof for the selector lists of rows of the sent-invitations page and people-search result cards (sent.ts, search.ts).
// Fixture paths are relative to tests/fixtures/; see ../selector-proof.ts for the shape.
import type { ListProofs } from '../selector-proof';

export const ROWS_PROOF: ListProofs = {
  'search RESULT_CARD': { proof: [
    { selector: 'div[role="listitem"]', fixtures: ['linkedin/constructed/2026-search-results.html', 'linkedin/constructed/2026-sent-invitations.html'] },
    { selector: 'li.reusable-search__result-container', fixtures: ['linkedin/constructed/2024-search-results-entity.html'] },
    { selector: '.entity-result', fixtures: ['linkedin/constructed/2024-search-results-entity.html'] },
    { selector: 'div.search-result__wrapper', fixtures: [], mayGo: '2027-06-30: 2019-20 search results (LINKEDIN.md §9, unattributed); no saved page' },
  ] },
  'search PERSON_LINK': { proof: [
    { selector: 'a[href*="/in/"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'search SHOWN_COPY': { proof: [
    { selector: 'span[aria-hidden="true"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'sent ROWS': { proof: [
    { selector: '[data-testid="lazy-column"] > [role="listitem"]', fixtures: ['linkedin/constructed/2026-sent-invitations.html'] },
    { selector: '.invitation-card', fixtures: ['linkedin/constructed/2024-sent-invitations.html'] },
  ] },
  'sent WITHDRAW': { proof: [
    { selector: 'button[data-view-name="sent-invitations-withdraw-single"]', fixtures: ['linkedin/constructed/2024-sent-invitations.html'] },
    { selector: 'button.invitation-card__action-btn', fixtures: [], mayGo: '2027-06-30: 2019-22 sent-invitations rows (LINKEDIN.md §8); no saved page' },
  ] },
  'sent ROW_AROUND_WITHDRAW': { proof: [
    { selector: '[role="listitem"]', fixtures: ['linkedin/constructed/2026-search-results.html', 'linkedin/constructed/2026-sent-invitations.html'] },
    { selector: 'li', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'sent PERSON_LINK': { proof: [
    { selector: 'a[href*="/in/"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'sent NOTE': { proof: [
    { selector: '[data-testid="expandable-text-box"]', fixtures: ['linkedin/constructed/2026-sent-invitations.html'] },
    { selector: '[class*="invitation-card__custom-message"]', fixtures: [], mayGo: '2027-06-30: the ~2024 note by class (LINKEDIN.md §8); no saved page' },
    { selector: '[class*="invitation-card__message"]', fixtures: [], mayGo: '2027-06-30: the ~2024 note by class (LINKEDIN.md §8); no saved page' },
  ] },
  'sent LABELLED_CONTROLS': { proof: [
    { selector: 'a[aria-label]', fixtures: ['linkedin/2024-connect-primary-free-viewer.html', 'linkedin/2024-connect-primary-mutuals.html'] },
    { selector: 'button[aria-label]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'sent AGE': { proof: [
    { selector: 'time', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '.time-badge', fixtures: ['linkedin/constructed/2024-sent-invitations.html'] },
  ] },
};
