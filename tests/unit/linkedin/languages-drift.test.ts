// The Languages card under the shared drift generator (tests/drift/linkedin-drift.ts), as
// sections-drift.test.ts does for Experience and Education: every constructed page with a
// Languages card × every change, alone and combined, keeps every language.
import { expect, test } from 'vitest';
import { readLanguages, readProfile } from '../../../src/linkedin';
import { drift } from '../../drift/linkedin-drift';
import { CHANGES } from './drift-table';
import { fixtureText, readJson } from './fixtures';

const pages = Object.entries(readJson<Record<string, unknown>>('constructed/expected-languages.json'))
  .filter(([file]) => file.endsWith('.html'))
  .map(([file, expected]) => ({ file: `constructed/${file}`, expected }));

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const html = new Map(pages.map((p) => [p.file, fixtureText(p.file).replace(/\s{2,}/g, ' ')]));
const names = new Map(pages.map((p) => [p.file, readProfile(parse(html.get(p.file)!)).fullName ?? '']));
const changed = new Map<string, number>();

const cases = pages.flatMap((page) => CHANGES.map(([label, changes]) => ({ page, label, changes })));
test.each(cases)('$page.file, $label: every language survives', ({ page, label, changes }) => {
  const doc = parse(html.get(page.file)!);
  const counts = drift(doc, changes, { fullName: names.get(page.file)! });
  changed.set(label, (changed.get(label) ?? 0) + Object.values(counts).reduce((a, b) => a + b, 0));
  expect(readLanguages(doc)).toEqual(page.expected);
}, 30_000);

test('both eras are covered, each page has its name for the drift, and the changes changed something', () => {
  expect(pages.map((p) => p.file.slice('constructed/'.length, 'constructed/'.length + 4)).sort()).toEqual(['2024', '2026']);
  for (const page of pages) expect(names.get(page.file), page.file).not.toBe('');
  expect([...changed.values()].filter((n) => n > 0).length).toBeGreaterThan(CHANGES.length / 2);
});
