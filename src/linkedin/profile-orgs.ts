// Current company and school from the top card — the "shared employer / shared school" signals.
// Each era labels them differently (LINKEDIN.md §4, §13); structure first, label text second.
import { isCompanyLabel, isEducationLabel } from './i18n';
import { cleanText, textOrNull } from './text';
import type { TopCard } from './top-card';

export interface Orgs {
  currentCompany: string | null;
  school: string | null;
}

export const ERA_A = {
  // era A 2018: 2018-first-degree.html, 2018-own-profile.html.
  company: '.pv-top-card-v2-section__company-name',
  school: '.pv-top-card-v2-section__school-name',
};
export const ERA_B = {
  // era B 2022: right-panel links jump to the #experience / #education cards (2022-*.html).
  company: '.pv-text-details__right-panel a[href="#experience"]',
  school: '.pv-text-details__right-panel a[href="#education"]',
};
// era C 2024: `button[aria-label^="Current company: "]` / `^="Education: "` (2024-*.html); the
// visible text is the name. Unlabelled (unknown language) buttons of the same shape are taken
// in order — company first, then school — as LinkedIn always lists them.
export const ERA_C_BUTTONS = '.pv-text-details__right-panel button, button[aria-label] .inline-show-more-text--is-collapsed';
// era D 2026: the card's right column holds the chips as `div[role=button]`, the text directly
// in a `p` (April capture) or in `p > span` (August); the placeholder logos carry data-token-id
// 358 (company) / 892 (school) or ids `company-accent-*` / `school-accent-*` (§13, constructed/2026-*).
export const ERA_D_CHIPS = 'div[role="button"], button';
export const ERA_D_COMPANY_LOGO = '[data-token-id="358"], svg[id^="company-accent"]';
export const ERA_D_SCHOOL_LOGO = '[data-token-id="892"], svg[id^="school-accent"]';

export function readOrgs(card: TopCard): Orgs {
  if (card.era === 'A') {
    return { currentCompany: textOrNull(card.root.querySelector(ERA_A.company)), school: textOrNull(card.root.querySelector(ERA_A.school)) };
  }
  if (card.era === 'D') return readEraD(card.root);
  const byLink = { currentCompany: textOrNull(card.root.querySelector(ERA_B.company)), school: textOrNull(card.root.querySelector(ERA_B.school)) };
  if (byLink.currentCompany || byLink.school) return byLink;
  return readEraC(card.root);
}

function readEraC(root: Element): Orgs {
  const result: Orgs = { currentCompany: null, school: null };
  const unlabelled: string[] = [];
  const buttons = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll(ERA_C_BUTTONS))) {
    const button = el.closest('button');
    if (button) buttons.add(button);
  }
  for (const button of buttons) {
    const text = textOrNull(button);
    if (!text) continue;
    const label = button.getAttribute('aria-label');
    if (isCompanyLabel(label)) result.currentCompany ??= text;
    else if (isEducationLabel(label)) result.school ??= text;
    else unlabelled.push(text);
  }
  if (!result.currentCompany && !result.school && unlabelled.length > 0) {
    result.currentCompany = unlabelled[0] ?? null;
    result.school = unlabelled[1] ?? null;
  }
  return result;
}

/**
 * Era D, from two sources: the chips (placed by their logo) and the "Company · School" line under
 * the headline. A chip without a known logo is placed by the line, else by order (company first);
 * without chips the line alone gives both when it has exactly two parts.
 */
function readEraD(root: Element): Orgs {
  const result: Orgs = { currentCompany: null, school: null };
  const unlabelled: string[] = [];
  for (const chip of Array.from(root.querySelectorAll(ERA_D_CHIPS))) {
    const p = chip.querySelector('p');
    const text = textOrNull(p);
    if (!text || p?.querySelector('a, button')) continue;
    if (chip.querySelector(ERA_D_COMPANY_LOGO)) result.currentCompany ??= text;
    else if (chip.querySelector(ERA_D_SCHOOL_LOGO)) result.school ??= text;
    else unlabelled.push(text);
  }
  const subline = subLineParts(root);
  for (const text of unlabelled) {
    const at = subline.indexOf(text);
    if (at === 1 && !result.school) result.school = text;
    else if (!result.currentCompany) result.currentCompany = text;
    else if (!result.school) result.school = text;
  }
  if (!result.currentCompany && !result.school && subline.length === 2) {
    return { currentCompany: subline[0] ?? null, school: subline[1] ?? null };
  }
  return result;
}

/** The parts of the era-D "Company · School" paragraph (the last "·" line: a headline may have one too). */
function subLineParts(root: Element): string[] {
  let parts: string[] = [];
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const text = cleanText(p);
    if (/\s·\s/.test(text) && !p.closest('a, [role="button"], button')) parts = text.split(/\s·\s/).map((s) => s.trim()).filter(Boolean);
  }
  return parts;
}
