// When two spellings name the same organisation. "Acme" and "Acme, Inc." do (legal forms and
// punctuation are not part of the name); "LMU" and "Ludwig-Maximilians-Universität München" only
// when both were seen linking to the same LinkedIn page — an abbreviation is never guessed.
import type { Stint } from './types';

// Legal forms and their connectors, dropped from the end of a name ("GmbH & Co. KG", "Inc.").
const LEGAL_FORMS = new Set([
  'inc', 'incorporated', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'corp', 'corporation', 'co',
  'gmbh', 'ag', 'kg', 'kgaa', 'ug', 'ev', 'se', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'ab',
  'as', 'asa', 'oy', 'oyj', 'pty', 'pte', 'kk', 'mbh',
]);

// Names recur (every role at a company, every comparison): remember recent results, bounded.
const memo = new Map<string, string>();
const MEMO_SIZE = 500;

/** A comparable form of an organisation's name; '' when it has no letters or digits. */
export function normaliseOrgName(name: string): string {
  const known = memo.get(name);
  if (known !== undefined) return known;
  const result = normalise(name);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(name, result);
  return result;
}

function normalise(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/(\p{L})\.(?=\p{L}\.)/gu, '$1') // "g.m.b.h." → "gmbh."
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  const kept = [...words];
  let dropped = false;
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!;
    if (LEGAL_FORMS.has(last) || (dropped && (last === 'and' || last === 'und'))) {
      kept.pop();
      dropped = true;
    } else break;
  }
  return kept.join(' ');
}

const kindOf = (key: string) => key.slice(0, key.indexOf('/'));

/**
 * Whether `a` and `b` are the same organisation: the same LinkedIn page, or the same name once
 * normalised — unless both link to different pages of the same kind (two pages, two organisations).
 */
export function sameOrg(a: Pick<Stint, 'name' | 'pageKey'>, b: Pick<Stint, 'name' | 'pageKey'>): boolean {
  const keyA = a.pageKey || null;
  const keyB = b.pageKey || null;
  if (keyA && keyB) {
    if (keyA === keyB) return true;
    if (kindOf(keyA) === kindOf(keyB)) return false;
  }
  const nameA = normaliseOrgName(a.name);
  return nameA !== '' && nameA === normaliseOrgName(b.name);
}
