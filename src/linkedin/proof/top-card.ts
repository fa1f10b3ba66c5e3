// Proof for the selector lists of the profile's top card and its fields (top-card.ts, card-evidence.ts, profile-fields.ts,
// profile-orgs.ts, mutuals.ts).
// Fixture paths are relative to tests/fixtures/; see ../selector-proof.ts for the shape.
import type { ListProofs } from '../selector-proof';

export const TOP_CARD_PROOF: ListProofs = {
  'card-evidence MEMBER_LINK': { proof: [
    { selector: 'a[href*="/in/"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'mutuals MUTUAL_LINK_CANDIDATES': { proof: [
    { selector: 'a[href*="facetConnectionOf"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2024-connect-primary-mutuals.html'] },
    { selector: 'a[href*="connectionOf"]', fixtures: ['linkedin/2024-first-degree-mutuals.html', 'linkedin/constructed/2026-profile-april-chips-in-p.html'] },
    { selector: 'a[href*="/mutual-connections/"]', fixtures: ['linkedin/constructed/2026-profile-first-degree.html', 'linkedin/constructed/2026-profile-verified-family-first.html'] },
  ] },
  'mutuals SHOWN_COPY': { proof: [
    { selector: 'span[aria-hidden="true"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'mutuals ERA_A_HIGHLIGHT_PRIMARY': { proof: [
    { selector: '.pv-highlight-entity__primary-text', fixtures: ['linkedin/2018-first-degree.html'] },
  ] },
  'mutuals ERA_A_HIGHLIGHT_SECONDARY': { proof: [
    { selector: '.pv-highlight-entity__secondary-text', fixtures: ['linkedin/2018-first-degree.html'] },
  ] },
  'profile-fields NAME_BC_A': { proof: [
    { selector: 'h1.pv-top-card-section__name', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'h1.text-heading-xlarge', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: 'h1', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'profile-fields HEADLINE': { proof: [
    { selector: 'h2.pv-top-card-section__headline', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '[data-generated-suggestion-target^="urn:li:fsu_profileActionDelegate"]', fixtures: ['linkedin/2024-connect-primary-free-viewer.html', 'linkedin/2024-connect-primary-mutuals.html'] },
    { selector: '.text-body-medium.break-words', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
  ] },
  'profile-fields LOCATION': { proof: [
    { selector: 'h3.pv-top-card-section__location', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'span.text-body-small.inline.t-black--light.break-words', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
  ] },
  'profile-fields CONTACT_INFO_HREF': { proof: [
    { selector: 'a#top-card-text-details-contact-info', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: 'a[href*="/overlay/contact-info/"]', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: 'a[href*="/detail/contact-info/"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'profile-fields CONTACT_INFO_PLACEHOLDER': { proof: [
    { selector: 'a[href="#"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'a[href=""]', fixtures: [], mayGo: '2027-06-30: placeholder link shapes beside the April capture\'s href="#" (LINKEDIN.md §13); no saved page' },
    { selector: 'a:not([href])', fixtures: [], mayGo: '2027-06-30: placeholder link shapes beside the April capture\'s href="#" (LINKEDIN.md §13); no saved page' },
    { selector: 'a[href^="javascript:"]', fixtures: [], mayGo: '2027-06-30: placeholder link shapes beside the April capture\'s href="#" (LINKEDIN.md §13); no saved page' },
  ] },
  'profile-fields DEGREE_BADGE': { proof: [
    { selector: '.distance-badge .dist-value', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '.distance-badge .visually-hidden', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'profile-orgs ERA_A': { proof: [
    { selector: '.pv-top-card-v2-section__company-name', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '.pv-top-card-v2-section__school-name', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'profile-orgs ERA_B': { proof: [
    { selector: '.pv-text-details__right-panel a[href="#experience"]', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: '.pv-text-details__right-panel a[href="#education"]', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
  ] },
  'profile-orgs ERA_C_BUTTONS': { proof: [
    { selector: '.pv-text-details__right-panel button', fixtures: ['linkedin/2024-connect-primary-free-viewer.html', 'linkedin/2024-connect-primary-mutuals.html'] },
    { selector: 'button[aria-label] .inline-show-more-text--is-collapsed', fixtures: ['linkedin/2024-connect-primary-free-viewer.html', 'linkedin/2024-connect-primary-mutuals.html'] },
  ] },
  'profile-orgs ERA_D_CHIPS': { proof: [
    { selector: 'div[role="button"]', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: 'button', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'profile-orgs ERA_D_COMPANY_LOGO': { proof: [
    { selector: '[data-token-id="358"]', fixtures: ['linkedin/constructed/2026-own-profile-sections.html', 'linkedin/constructed/2026-own-profile.html'] },
    { selector: 'svg[id^="company-accent"]', fixtures: ['linkedin/constructed/2026-profile-april-chips-in-p.html'] },
  ] },
  'profile-orgs ERA_D_SCHOOL_LOGO': { proof: [
    { selector: '[data-token-id="892"]', fixtures: ['linkedin/constructed/2026-own-profile-sections.html', 'linkedin/constructed/2026-own-profile.html'] },
    { selector: 'svg[id^="school-accent"]', fixtures: ['linkedin/constructed/2026-profile-april-chips-in-p.html'] },
  ] },
  'top-card TOP_CARD_BY_ERA': { proof: [
    { selector: '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]', fixtures: ['linkedin/constructed/2026-own-profile-sections.html', 'linkedin/constructed/2026-own-profile.html'] },
    { selector: '[id^="com.linkedin.sdui.profile.card.ref"][id$="Topcard"]', fixtures: ['linkedin/constructed/2026-own-profile-sections.html', 'linkedin/constructed/2026-own-profile.html'] },
    { selector: 'main section.artdeco-card[data-member-id]', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: 'section[data-member-id]', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: 'section.pv-top-card-section', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'top-card HEADING': { proof: [
    { selector: 'h1', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'h2', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'h3', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '[role="heading"]', fixtures: [], mayGo: '2027-06-30: the ARIA heading role, in no saved page; kept for a heading LinkedIn draws without h1-h3' },
  ] },
  'top-card NOT_THE_CARD': { proof: [
    { selector: '[role="toolbar"]', fixtures: ['linkedin/constructed/2026-profile-april-chips-in-p.html', 'linkedin/constructed/2026-profile-connect-in-more.html'] },
    { selector: 'aside', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: 'nav', fixtures: ['linkedin/2024-connect-primary-free-viewer.html', 'linkedin/2024-connect-primary-mutuals.html'] },
    { selector: 'header', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'footer', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: '[role="complementary"]', fixtures: [], mayGo: '2027-06-30: the ARIA sidebar role (LINKEDIN.md §0 decoys); no saved page uses it' },
    { selector: 'dialog', fixtures: ['linkedin/constructed/dialog-email-gate.html', 'linkedin/constructed/dialog-quota-upsell.html'] },
    { selector: '[role="dialog"]', fixtures: ['linkedin/2026-more-menu-and-invite-dialog-first-step.excerpt.html', 'linkedin/constructed/dialog-stage1.html'] },
    { selector: '[role="alertdialog"]', fixtures: [], mayGo: '2027-06-30: no saved page shows one; kept for LINKEDIN.md §8 confirmations, drop if none is seen by then' },
    { selector: '[role="menu"]', fixtures: ['linkedin/constructed/2026-profile-connect-in-more.html'] },
    { selector: '.pv-profile-sticky-header-v2__container', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: '.scaffold-layout-toolbar', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
  ] },
  'top-card COLUMN': { proof: [
    { selector: 'main', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: '[role="main"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'top-card FIRST_COLUMN': { proof: [
    { selector: ':where(main, [role="main"])', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2022-own-profile.html'] },
  ] },
  'top-card MENU': { proof: [
    { selector: '[role="menu"]', fixtures: ['linkedin/constructed/2026-profile-connect-in-more.html'] },
  ] },
  'top-card PAGE_WIDE': { proof: [
    { selector: ':where([componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"], [id^="com.linkedin.sdui.profile.card.ref"][id$="Topcard"], section.artdeco-card[data-member-id], section[data-member-id], section.pv-top-card-section, [role="menu"])', fixtures: ['linkedin/2024-first-degree-mutuals.html', 'linkedin/constructed/2026-profile-connect-in-more.html'] },
  ] },
  'top-card ERA_A_CARD': { proof: [
    { selector: '.pv-top-card-section', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'top-card ERA_A_MARKS': { proof: [
    { selector: '.pv-top-card-section__name', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: '.pv-top-card-v2-section__info', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
  ] },
  'top-card ERA_BC_CARD': { proof: [
    { selector: '.artdeco-card', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
  ] },
  'top-card ERA_BC_MARKS': { proof: [
    { selector: '.text-heading-xlarge', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: '.pv-text-details__left-panel', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
  ] },
  'top-card ERA_A_HIGHLIGHTS': { proof: [
    { selector: '.pv-highlights-section', fixtures: ['linkedin/2018-first-degree.html'] },
  ] },
  'top-card OWN_PROFILE_EVIDENCE': { proof: [
    { selector: 'a[href*="/edit/intro/"]', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/constructed/2026-own-profile-sections.html'] },
    { selector: 'a[href*="/edit/topcard/"]', fixtures: ['linkedin/2018-own-profile.html'] },
    { selector: '.pv-top-card-section__edit-photo', fixtures: ['linkedin/2018-own-profile.html'] },
    { selector: '.profile-photo-edit', fixtures: ['linkedin/2018-own-profile.html', 'linkedin/2022-own-profile.html'] },
  ] },
  'top-card PROFILE_LINKS': { proof: [
    { selector: 'a[href*="/overlay/contact-info/"]', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
    { selector: 'a[href*="/detail/contact-info/"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'a[href*="/overlay/about-this-profile/"]', fixtures: ['linkedin/2024-connect-primary-free-viewer.html', 'linkedin/2024-connect-primary-mutuals.html'] },
    { selector: 'a[href^="/in/"]', fixtures: ['linkedin/2018-first-degree.html', 'linkedin/2018-own-profile.html'] },
    { selector: 'a[href^="https://www.linkedin.com/in/"]', fixtures: ['linkedin/2022-own-profile.html', 'linkedin/2022-third-degree-connect-in-more.html'] },
  ] },
};
