// Proof for the selector lists of profile cards of the main column: Experience, Education, Languages (profile-sections.ts).
// Fixture paths are relative to tests/fixtures/; see ../selector-proof.ts for the shape.
import type { ListProofs } from '../selector-proof';

export const SECTIONS_PROOF: ListProofs = {
  'profile-sections CARD': { proof: [
    { selector: '#experience', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: '[componentkey$="ExperienceTopLevelSection"]', fixtures: ['linkedin/constructed/2026-own-profile-sections.html'] },
    { selector: '[data-testid^="profile_ExperienceTopLevelSection"]', fixtures: ['linkedin/constructed/2026-profile-sections.html'] },
    { selector: '#education', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: '[componentkey$="EducationTopLevelSection"]', fixtures: ['linkedin/constructed/2026-own-profile-sections.html'] },
    { selector: '[data-testid^="profile_EducationTopLevelSection"]', fixtures: ['linkedin/constructed/2026-profile-sections.html'] },
    { selector: '#languages', fixtures: ['linkedin/constructed/2024-profile-languages.html'], mayGo: '2027-06-30: by analogy with #experience (LINKEDIN.md §15); no saved page has a Languages card, replace the constructed page by a capture' },
    { selector: '[componentkey$="LanguagesTopLevelSection"]', fixtures: ['linkedin/constructed/2026-profile-languages.html'], mayGo: '2027-06-30: by analogy with …ExperienceTopLevelSection (§15); no capture shows it' },
    { selector: '[data-testid^="profile_LanguagesTopLevelSection"]', fixtures: [], mayGo: '2027-06-30: by analogy with the Experience test id (§15 "D items"); no page, drop if no capture shows it' },
  ] },
  'profile-sections ENTRY': { proof: [
    { selector: 'li', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '[componentkey^="entity-collection-item"]', fixtures: ['linkedin/constructed/2026-own-profile-sections.html', 'linkedin/constructed/2026-profile-sections.html'] },
  ] },
  'profile-sections ENTRY_ANY_KEY': { proof: [
    { selector: 'li', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '[componentkey]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/2026-own-profile-sections.html'] },
  ] },
  'profile-sections LINE_B_C': { proof: [
    { selector: 'span[aria-hidden="true"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'profile-sections LINE_D': { proof: [
    { selector: 'p', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'profile-sections BOLD': { proof: [
    { selector: '.t-bold', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'strong', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2024-connect-primary-free-viewer.html'] },
    { selector: 'b', fixtures: [], mayGo: '2027-06-30: HTML bold beside .t-bold and strong; no saved card uses it' },
  ] },
  'profile-sections KEYED': { proof: [
    { selector: '[componentkey]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/2026-own-profile-sections.html'] },
  ] },
  'profile-sections NOT_MAIN_COLUMN': { proof: [
    { selector: 'aside', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: 'header', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'nav', fixtures: ['linkedin/2024-connect-primary-free-viewer.html', 'linkedin/2024-connect-primary-mutuals.html'] },
    { selector: 'footer', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
  ] },
};
