// The reader's first read on a page runs cold (page-cost bench (c)), so a few steps take a cheaper
// path than the rule they implement: cleanName skips the emoji expression for text that holds no
// possible emoji, titleName rejects a title without "|" before its expression, and firstNameHints
// reuses the labels the card's confirmation read. These check each path answers as its rule does.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stripDecorativeEmoji } from '../../../src/core/text';
import { titleName } from '../../../src/linkedin/card-evidence';
import { firstNameFromLabel } from '../../../src/linkedin/i18n';
import { firstNameHints } from '../../../src/linkedin/profile-fields';
import { cleanName, decodeEntities } from '../../../src/linkedin/text';
import { findTopCard } from '../../../src/linkedin/top-card';
import { FIXTURES, loadPage } from './fixtures';

const text = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((p) => p.join(''));

describe('cleanName', () => {
  const byRule = (t: string) => {
    const name = stripDecorativeEmoji(decodeEntities(t));
    return name.length > 0 ? name : null;
  };
  const pieces = ['a', 'Z', ' ', '\u00a0', '\n', '&amp;', '&#39;', '&', '©', '®', '™', '‼', '🚀', '🇺', '🇦', '👍🏽', '\u200d', '\ufe0f', '\u20e3', '1', 'Á', '李', '’', '—', '\u2009'];

  test('answers as stripping emoji from the decoded text does', () => {
    fc.assert(fc.property(text(pieces), (t) => {
      expect(cleanName(t)).toEqual(t ? byRule(t) : null);
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (t) => {
      expect(cleanName(t)).toEqual(t ? byRule(t) : null);
    }), { numRuns: 2000 });
  });
});

describe('titleName', () => {
  const byRule = (t: string) => {
    const m = /^\s*(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*LinkedIn\s*$/i.exec(t);
    return m?.[1] ? cleanName(m[1]) : null;
  };

  test('answers as its expression alone does', () => {
    fc.assert(fc.property(text(['Lena', ' ', '|', 'LinkedIn', 'linkedin', '(3)', '(99+)', '🚀', 'x']), (t) => {
      expect(titleName(t)).toBe(byRule(t));
    }), { numRuns: 3000 });
  });
});

describe('firstNameHints', () => {
  const pages = [
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.html')),
    ...readdirSync(join(FIXTURES, 'constructed')).filter((f) => f.endsWith('.html')).map((f) => `constructed/${f}`),
  ];

  test.each(pages)('%s: the confirmation\'s labels give what a pass over the card\'s labels gives', (file) => {
    const card = findTopCard(loadPage(file), 'https://www.linkedin.com/in/someone/');
    if (!card) return;
    const byPass: string[] = [];
    for (const el of Array.from(card.root.querySelectorAll('[aria-label]'))) {
      const hint = firstNameFromLabel(el.getAttribute('aria-label'));
      if (hint && !byPass.includes(hint)) byPass.push(hint);
    }
    expect(card.text).toBeDefined();
    expect(firstNameHints(card)).toEqual(byPass);
    expect(firstNameHints({ root: card.root, era: card.era })).toEqual(byPass);
  });
});
