// Selectors beside their proof, as data: every selector list in src/linkedin/ (an exported
// SCREAMING_CASE constant) with, per alternative, the saved pages (under tests/fixtures/) it must
// match and, for an alternative kept for an old era or known only from LINKEDIN.md, a dated note
// saying when it may go. tests/unit/linkedin/selector-proof.test.ts loads every listed page, checks
// every alternative matches there, and fails on a list without proof. Only tests import this file
// (the readers never do), so none of it reaches the scripts.
import { CONNECT_PROOF } from './proof/connect';
import { DIALOG_PROOF } from './proof/dialog';
import { MESSAGING_PROOF } from './proof/messaging';
import { PAGE_PROOF } from './proof/page';
import { ROWS_PROOF } from './proof/rows';
import { SECTIONS_PROOF } from './proof/sections';
import { TOP_CARD_PROOF } from './proof/top-card';

export interface SelectorProof {
  /** One alternative of the list, exactly as the list writes it. */
  selector: string;
  /**
   * Pages, relative to tests/fixtures/, where it must match. `sim/<page>.html` is the simulator's
   * page as its scripts draw it; `#bubble:<slug>` after it: with that person's message bubble open.
   */
  fixtures: readonly string[];
  /** When it may go and why, "YYYY-MM-DD: …" (required when no saved page proves it). */
  mayGo?: string;
}

export interface ListProof {
  /**
   * What the list holds when it is not selectors: parts of an href (checked as `[href*="…"]`) or
   * class names (checked as `.name`).
   */
  as?: 'href-part' | 'class';
  /** One entry per alternative, in the list's order. */
  proof: readonly SelectorProof[];
}

/** Proof by list, keyed "<file without .ts> <EXPORT_NAME>". */
export type ListProofs = Readonly<Record<string, ListProof>>;

export const SELECTOR_PROOF: ListProofs = {
  ...TOP_CARD_PROOF,
  ...DIALOG_PROOF,
  ...CONNECT_PROOF,
  ...ROWS_PROOF,
  ...MESSAGING_PROOF,
  ...SECTIONS_PROOF,
  ...PAGE_PROOF,
};

/** SCREAMING_CASE exports of src/linkedin/ that hold strings but no selectors, and why. */
export const NOT_SELECTORS: Readonly<Record<string, string>> = {
  'read-profile FIELDS': "the profile's field names (Rapport's own vocabulary)",
};

/** Files whose exports are LinkedIn's texts per language, not selectors (tested in i18n.test.ts). */
export const TEXT_FILES = ['i18n'];

/** The alternatives of a selector: split at its top-level commas (not inside brackets, parentheses or quotes). */
export function alternatives(selector: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const ch of selector) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/**
 * The alternatives of an exported list, or null when the value is no list of strings: a string, an
 * array of strings, an array of tuples whose last member is the selector ([era, selector]), or an
 * object whose values are those (per kind of card).
 */
export function listAlternatives(value: unknown): string[] | null {
  if (typeof value === 'string') return alternatives(value);
  if (Array.isArray(value)) {
    const parts: unknown[] = value.map((item) => (Array.isArray(item) ? item[item.length - 1] : item));
    return parts.length > 0 && parts.every((p) => typeof p === 'string') ? (parts as string[]).flatMap(alternatives) : null;
  }
  if (value && typeof value === 'object' && !(value instanceof RegExp)) {
    const parts = Object.values(value).map(listAlternatives);
    return parts.length > 0 && parts.every((p) => p !== null) ? parts.flat() : null;
  }
  return null;
}

/** The selector that checks one alternative of a list. */
export function checkedSelector(list: ListProof, alternative: string): string {
  if (list.as === 'href-part') return `[href*="${alternative.replace(/["\\]/g, '\\$&')}"]`;
  if (list.as === 'class') return `.${alternative}`;
  return alternative;
}
