// The Languages card (issue 20): read exactly on the constructed pages that have one
// (constructed/expected-languages.json), nothing on every other page, found by its anchor or key
// and, with the key re-rolled, by its entries naming languages; never a sidebar, never an
// Experience or Education card, never an entry that names no language.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readLanguages } from '../../../src/linkedin';
import { FIXTURES, fixtureText, readJson } from './fixtures';

const expected = Object.entries(readJson<Record<string, unknown>>('constructed/expected-languages.json')).filter(([file]) => file.endsWith('.html'));
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const read = (html: string) => readLanguages(parse(html));

describe.each(expected)('constructed/%s', (file, languages) => {
  const html = fixtureText(`constructed/${file}`);

  test('reads each language as written, with its code, and no proficiency', () => {
    expect(read(html)).toEqual(languages);
  });

  test('with the card key and anchor re-rolled, the same languages (era D) or none (era B/C, no key to fall back on)', () => {
    const masked = html.replace(/LanguagesTopLevelSection/g, 'Xq7b2Section').replace(/id="languages"/g, 'id="x-q7b2"');
    expect(read(masked)).toEqual(file.startsWith('2026') ? languages : []);
  });

  test('only the card is read: the same languages named in the sidebar or an About text are not', () => {
    const doc = parse(html);
    const aside = doc.createElement('aside');
    aside.innerHTML = '<section><ul><li><span aria-hidden="true">Italian</span></li></ul><p>Italian</p></section>';
    doc.body.prepend(aside);
    expect(readLanguages(doc).map((l) => l.code)).not.toContain('it');
  });
});

test('an entry naming no language is left out, whatever it holds', () => {
  const languages = readLanguages(parse(fixtureText('constructed/2026-profile-languages.html')));
  expect(languages.map((l) => l.name)).not.toContain('<img src=x onerror=alert(1)>');
  expect(languages).toHaveLength(3);
});

test('an Experience or Education card is never taken for Languages, even without its keys', () => {
  const html = fixtureText('constructed/2026-profile-sections.html').replace(/(Experience|Education)TopLevelSection/g, 'Zz$1');
  expect(read(html)).toEqual([]);
});

test('every saved and constructed page without a Languages card reads none', () => {
  const files = [
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.html')),
    ...readdirSync(join(FIXTURES, 'constructed')).filter((f) => f.endsWith('.html') && !expected.some(([e]) => e === f)).map((f) => `constructed/${f}`),
  ];
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) expect(read(fixtureText(file)), file).toEqual([]);
}, 60_000);

test('a language written in another UI language is one language: Deutsch, German, allemand', () => {
  const card = (names: string[]) =>
    `<main><section><div id="languages"></div><ul>${names.map((n) => `<li><span aria-hidden="true">${n}</span><span aria-hidden="true">Native or bilingual proficiency</span></li>`).join('')}</ul></section></main>`;
  expect(read(card(['Deutsch', 'German', 'allemand', 'ENGLISH']))).toEqual([{ name: 'Deutsch', code: 'de' }, { name: 'ENGLISH', code: 'en' }]);
});
