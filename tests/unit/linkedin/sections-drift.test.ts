// Experience and Education under the shared drift generator (tests/drift/linkedin-drift.ts), the
// one the top card is proven against: every saved and constructed page with sections
// (expected-sections.json) × every change, alone and combined, keeps every entry and every field.
// (sections.test.ts keeps its own four section-specific changes on top.)
import { expect, test } from 'vitest';
import { readEducation, readExperience, readProfile } from '../../../src/linkedin';
import { drift, DRIFTS, type DriftName } from '../../drift/linkedin-drift';
import { CHANGES } from './drift-table';
import { fixtureText, readJson } from './fixtures';

type Sections = { experience: unknown[]; education: unknown[] };
const entries = (file: string, prefix = '') =>
  Object.entries(readJson<Record<string, Sections | string>>(file))
    .filter((e): e is [string, Sections] => e[0].endsWith('.html'))
    .map(([page, expected]) => ({ file: `${prefix}${page}`, expected }));
// Pages whose cards Rapport does not read (era A) prove nothing here.
const pages = [...entries('expected-sections.json'), ...entries('constructed/expected-sections.json', 'constructed/')]
  .filter((p) => p.expected.experience.length + p.expected.education.length > 0);

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
// Whitespace runs collapsed, as in drift-table.ts: the readers collapse it anyway.
const html = new Map(pages.map((p) => [p.file, fixtureText(p.file).replace(/\s{2,}/g, ' ')]));
const names = new Map(pages.map((p) => [p.file, readProfile(parse(html.get(p.file)!)).fullName ?? '']));
const applied = new Map<string, number>();

const cases = pages.flatMap((page) => CHANGES.map(([label, changes]) => ({ page, label, changes })));
test.each(cases)('$page.file, $label: every Experience and Education field survives', ({ page, label, changes }) => {
  const doc = parse(html.get(page.file)!);
  const counts = drift(doc, changes, { fullName: names.get(page.file)! });
  if (changes.length === 1) applied.set(label, (applied.get(label) ?? 0) + (counts[label] ?? 0));
  expect({ experience: readExperience(doc), education: readEducation(doc) }).toEqual(page.expected);
}, 30_000);

test('the table covers the pages with cards of every era that has them, and each change that can changed something', () => {
  expect(pages.length).toBeGreaterThanOrEqual(8);
  expect(pages.some((p) => p.file.startsWith('2022'))).toBe(true);
  expect(pages.some((p) => p.file.startsWith('2024'))).toBe(true);
  expect(pages.some((p) => p.file.startsWith('constructed/2026'))).toBe(true);
  for (const name of Object.keys(DRIFTS) as DriftName[]) {
    // The top card's action bars and name headings are not in the section cards' pages' way everywhere.
    if (name === 'action-bars') continue;
    expect(applied.get(name), name).toBeGreaterThan(0);
  }
});
