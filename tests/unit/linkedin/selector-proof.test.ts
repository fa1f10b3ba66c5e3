// Every selector list in src/linkedin/ that carries its proof: each alternative matches in each
// saved page listed beside it; one without a saved page (or kept for an old era) says, with a
// date, when it may go; and the proof covers the list exactly as the reader uses it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ProvenSelector } from '../../../src/linkedin/selector-proof';
import { WITHDRAW_SELECTORS } from '../../../src/linkedin/withdraw-controls';
import { DIALOG_LIKE_SELECTOR } from '../../../src/linkedin/dialog-hint';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

const PROVEN: Record<string, ProvenSelector> = {
  ...Object.fromEntries(Object.entries(WITHDRAW_SELECTORS).map(([name, proven]) => [`withdraw-controls ${name}`, proven])),
  'dialog-hint DIALOG_LIKE': DIALOG_LIKE_SELECTOR,
};

const pages = new Map<string, Document>();
function page(file: string): Document {
  let doc = pages.get(file);
  if (!doc) {
    doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
    pages.set(file, doc);
  }
  return doc;
}

/** The alternatives of a selector list (no list here nests a comma inside brackets or quotes). */
const alternatives = (selector: string) => selector.split(',').map((part) => part.trim());

const rows = Object.entries(PROVEN).flatMap(([list, { proof }]) =>
  proof.flatMap((entry) => entry.fixtures.map((fixture) => ({ list, selector: entry.selector, fixture }))),
);

describe.each(Object.entries(PROVEN))('%s', (_list, proven) => {
  test('the proof covers every alternative of the list, in order', () => {
    expect(proven.proof.map((entry) => entry.selector)).toEqual(alternatives(proven.selector));
  });

  test('an alternative without a saved page says when it may go', () => {
    for (const entry of proven.proof) {
      if (entry.mayGo !== undefined || entry.fixtures.length === 0) expect(entry.mayGo, entry.selector).toMatch(/^\d{4}-\d{2}-\d{2}: \S/);
    }
  });
});

test('there is proof to check', () => {
  expect(rows.length).toBeGreaterThan(10);
});

test.each(rows)('$list: $selector matches in $fixture', ({ selector, fixture }) => {
  expect(page(fixture).querySelector(selector)).not.toBeNull();
});
