// The sent-invitations page (/mynetwork/invitation-manager/sent/): one row per pending invitation,
// with its person, age, note and Withdraw control. Rapport only reads it; Withdraw stays the person's.
import { profileKey, profileUrlFromKey } from '../core/profile-key';
import type { Scope } from './dom';
import { personNameLink } from './search';
import { ageTextToDays, withdrawLabelName } from './i18n';
import { cleanName, cleanText, textOrNull } from './text';

export interface SentInvitation {
  name: string | null;
  profileUrl: string | null;
  vanity: string | null;
  /** As shown: "Sent 3 days ago". */
  sentAgoText: string | null;
  /** Days since sending (today 0, weeks ×7, months ×30); null when the text is not understood. */
  sentDaysAgo: number | null;
  note: string | null;
  withdrawControl: Element | null;
}

export const ROWS = [
  // 2026 SDUI: rows are the lazy column's list items (§13; constructed/2026-sent-invitations.html).
  '[data-testid="lazy-column"] > [role="listitem"]',
  // 2019-22: .invitation-card rows (§8; constructed/2024-sent-invitations.html keeps the class).
  '.invitation-card',
];
export const WITHDRAW = [
  // ~2024-25: the single-withdraw button (§8; constructed/2024-sent-invitations.html).
  'button[data-view-name="sent-invitations-withdraw-single"]',
  // 2019-22: button.invitation-card__action-btn (§8).
  'button.invitation-card__action-btn',
];
// A row built around its Withdraw control when no row shape matched.
export const ROW_AROUND_WITHDRAW = '[role="listitem"], li';
export const PERSON_LINK = 'a[href*="/in/"]';
// 2026: the optional note; ~2024 (constructed, see README): an element whose class names the message.
export const NOTE = '[data-testid="expandable-text-box"], [class*="invitation-card__custom-message"], [class*="invitation-card__message"]';
// 2019-22: .time-badge; 2026 April capture: <time>; otherwise a <p>/<span> read by the i18n table.
/** Withdraw controls are found by their label (the i18n table) when no known class names them. */
export const LABELLED_CONTROLS = 'a[aria-label], button[aria-label]';
export const AGE = 'time, .time-badge';

export function readSentInvitations(root: Scope): SentInvitation[] {
  try {
    return findRows(root).map(readRow);
  } catch {
    return [];
  }
}

function findRows(root: Scope): Element[] {
  for (const selector of ROWS) {
    const rows = Array.from(root.querySelectorAll(selector)).filter((row) => row.querySelector(PERSON_LINK));
    if (rows.length > 0) return rows;
  }
  const rows: Element[] = [];
  for (const control of withdrawControls(root)) {
    const row = control.closest(ROW_AROUND_WITHDRAW);
    if (row && !rows.includes(row)) rows.push(row);
  }
  return rows;
}

function withdrawControls(scope: Scope): Element[] {
  for (const selector of WITHDRAW) {
    const found = Array.from(scope.querySelectorAll(selector));
    if (found.length > 0) return found;
  }
  // 2026: `a[aria-label="Withdraw invitation sent to <Name>"]` whose href is not the person (§13).
  return Array.from(scope.querySelectorAll(LABELLED_CONTROLS)).filter(
    (el) => withdrawLabelName(el.getAttribute('aria-label')) !== null,
  );
}

function readRow(row: Element): SentInvitation {
  const withdrawControl = withdrawControls(row)[0] ?? null;
  const link = personNameLink(row);
  const vanity = link ? profileKey(link.getAttribute('href') ?? '') : null;
  const name = cleanName(cleanText(link)) ?? cleanName(withdrawLabelName(withdrawControl?.getAttribute('aria-label')));
  const age = row.querySelector(AGE) ?? ageParagraph(row);
  const sentAgoText = textOrNull(age);
  return {
    name,
    vanity,
    profileUrl: vanity ? profileUrlFromKey(vanity) : null,
    sentAgoText,
    sentDaysAgo: ageTextToDays(sentAgoText),
    note: textOrNull(row.querySelector(NOTE)),
    withdrawControl,
  };
}

/**
 * 2026 rows print the age as a plain <p> after name and headline: the last short text the age
 * table understands (a headline like "10 years in payments" comes before it).
 */
function ageParagraph(row: Element): Element | null {
  let found: Element | null = null;
  for (const el of Array.from(row.querySelectorAll('p, span'))) {
    if (el.closest(NOTE) || el.closest(PERSON_LINK) || el.closest('a, button')) continue;
    const text = cleanText(el);
    if (text.length < 40 && ageTextToDays(text) !== null) found = el;
  }
  return found;
}
