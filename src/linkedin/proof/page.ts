// Proof for the selector lists of page-wide: LinkedIn's theme markers (theme.ts) and what a diagnostics report counts (diagnostics.ts).
// Fixture paths are relative to tests/fixtures/; see ../selector-proof.ts for the shape.
import type { ListProofs } from '../selector-proof';

export const PAGE_PROOF: ListProofs = {
  'diagnostics COUNTED': { proof: [
    { selector: 'section', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'h1', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'h2', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'h3', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '[role="heading"]', fixtures: [], mayGo: '2027-06-30: the ARIA heading role, in no saved page; kept for a heading LinkedIn draws without h1-h3' },
    { selector: '[componentkey$="Topcard"]', fixtures: ['linkedin/constructed/2026-own-profile-sections.html', 'linkedin/constructed/2026-own-profile.html'] },
    { selector: '[id$="Topcard"]', fixtures: ['linkedin/constructed/2026-own-profile-sections.html', 'linkedin/constructed/2026-own-profile.html'] },
    { selector: 'section[data-member-id]', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: 'a[href*="/in/"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '*', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'theme DARK_MARKERS': { as: 'class', proof: [
    { selector: 'theme--dark', fixtures: [], mayGo: '2027-06-30: LinkedIn\'s Dark mode marker on <html> (theme.ts, LINKEDIN.md §13); no saved page was saved in dark mode' },
  ] },
  'theme LIGHT_MARKERS': { as: 'class', proof: [
    { selector: 'theme--light', fixtures: [], mayGo: '2027-06-30: an explicit light marker; no saved page has it (light pages carry theme--mercado)' },
  ] },
};
