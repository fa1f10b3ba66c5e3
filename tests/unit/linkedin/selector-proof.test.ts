// @vitest-environment-options {"url": "https://www.linkedin.com/"}
// Selectors beside their proof (issue 17 item 4): every selector list in src/linkedin/ carries, per
// alternative, the pages that prove it (each must match there) or a dated note saying when it may
// go; the proof covers the list exactly as the reader uses it; a list without proof fails; and no
// LinkedIn-specific selector hides inline in a reader instead of in a named list.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NOT_SELECTORS, SELECTOR_PROOF, TEXT_FILES, checkedSelector, listAlternatives, type ListProof } from '../../../src/linkedin/selector-proof';
import { simPages, type SimPageName } from '../../fixtures/sim/pages';
import { loadSim, openBubble } from './sim-dom';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const SOURCE = resolve(import.meta.dirname, '../../../src/linkedin');
const SOURCE_FILES = readdirSync(SOURCE).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'selector-proof.ts');

/** Every SCREAMING_CASE export of src/linkedin/ that is a list of strings, keyed "<file> <NAME>". */
async function exportedLists(): Promise<Map<string, unknown>> {
  const lists = new Map<string, unknown>();
  for (const file of SOURCE_FILES) {
    const name = file.slice(0, -3);
    if (TEXT_FILES.includes(name)) continue;
    const mod = (await import(join(SOURCE, file))) as Record<string, unknown>;
    for (const [key, value] of Object.entries(mod)) {
      if (/^[A-Z][A-Z0-9_]*$/.test(key) && listAlternatives(value) !== null) lists.set(`${name} ${key}`, value);
    }
  }
  return lists;
}
const LISTS = await exportedLists();

const pages = new Map<string, Document>();
/** A saved page, parsed; a `sim/…` page as the simulator draws it (its scripts run, then it is copied). */
function page(fixture: string): Document {
  let doc = pages.get(fixture);
  if (doc) return doc;
  const [file, bubble] = fixture.split('#bubble:');
  const sim = /^sim\/(.+)\.html$/.exec(file!)?.[1];
  let html: string;
  if (sim && sim in simPages) {
    loadSim(sim as SimPageName);
    if (bubble) openBubble(bubble);
    html = document.documentElement.outerHTML;
  } else html = readFileSync(join(FIXTURES, file!), 'utf8');
  doc = new DOMParser().parseFromString(html, 'text/html');
  pages.set(fixture, doc);
  return doc;
}

/** Whether `selector` matches in the page; a `:scope` selector is tried from each child of <body>, as the readers use it. */
function matches(doc: Document, selector: string): boolean {
  if (selector.includes(':scope')) return Array.from(doc.body.children).some((child) => child.querySelector(selector) !== null);
  return doc.querySelector(selector) !== null;
}

test('every exported selector list in src/linkedin/ carries its proof', () => {
  const unproven = [...LISTS.keys()].filter((name) => !(name in SELECTOR_PROOF) && !(name in NOT_SELECTORS));
  expect(unproven, 'add these lists to src/linkedin/proof/ (or to NOT_SELECTORS with the reason)').toEqual([]);
});

test('no proof or exemption names a list that is gone', () => {
  expect(Object.keys(SELECTOR_PROOF).filter((name) => !LISTS.has(name))).toEqual([]);
  expect(Object.keys(NOT_SELECTORS).filter((name) => !LISTS.has(name))).toEqual([]);
});

describe.each(Object.entries(SELECTOR_PROOF))('%s', (name, list: ListProof) => {
  test('the proof covers every alternative of the list, in order', () => {
    expect(list.proof.map((entry) => entry.selector)).toEqual(listAlternatives(LISTS.get(name)));
  });

  test('an alternative without a saved page says when it may go', () => {
    for (const entry of list.proof) {
      if (entry.mayGo !== undefined || entry.fixtures.length === 0) expect(entry.mayGo, entry.selector).toMatch(/^\d{4}-\d{2}-\d{2}: \S/);
    }
  });

  test.each(list.proof.filter((entry) => entry.fixtures.length > 0).map((entry) => [entry.selector, entry.fixtures] as const))(
    '%s matches in its pages',
    (selector, fixtures) => {
      const missing = fixtures.filter((fixture) => !matches(page(fixture), checkedSelector(list, selector)));
      expect(missing.join(', '), `${name}: "${selector}" matches nothing in pages it claims`).toBe('');
    },
  );
});

/** Selectors that name only HTML elements and ARIA roles/attributes: structure, not LinkedIn's markup. */
const GENERIC = /^(?:[a-z][a-z0-9]*(?:\[(?:aria-[a-z]+|href|role="[a-z]+")\])?|\[(?:aria-[a-z]+|role="[a-z]+")\])$/;
const INLINE = /\.(?:querySelector|querySelectorAll|closest|matches)\(\s*(['"`])((?:(?!\1).)*)\1\s*\)/g;

test('a selector written inline in a reader names only HTML and ARIA; anything of LinkedIn is a named list', () => {
  const inline: string[] = [];
  for (const file of SOURCE_FILES) {
    for (const m of readFileSync(join(SOURCE, file), 'utf8').matchAll(INLINE)) {
      const parts = m[2]!.split(',').map((part) => part.trim());
      if (!parts.every((part) => GENERIC.test(part))) inline.push(`${file}: ${m[2]}`);
    }
  }
  expect(inline).toEqual([]);
});

test('a selector list kept in a constant is exported, so its proof can name it', () => {
  const hidden: string[] = [];
  for (const file of SOURCE_FILES) {
    if (TEXT_FILES.includes(file.slice(0, -3))) continue;
    for (const m of readFileSync(join(SOURCE, file), 'utf8').matchAll(/^const ([A-Z][A-Z0-9_]*)\b[^=]*=\s*['"`[{]/gm)) hidden.push(`${file} ${m[1]}`);
  }
  // Strings that are not selectors, kept private: their files' own tests cover them.
  expect(hidden.filter((h) => !['date-range.ts MONTH_LOCALES', 'page-kind.ts DETECTORS', 'page-kind.ts EXAMPLES', 'watched-from-load.ts WATCHED_FROM_LOAD_PATHS', 'text.ts ENTITIES'].includes(h))).toEqual([]);
});
