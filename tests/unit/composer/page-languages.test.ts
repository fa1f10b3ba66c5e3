// The shared-language talking point from a real page (issue 20): the composer reads the profile's
// Languages card and compares it with the languages in About you, whatever their case and whichever
// UI language names them ("Deutsch" in About you, "German" on the page).
import { describe, expect, test } from 'vitest';
import { Settings } from '../../../src/core/schemas';
import { noteTarget } from '../../../src/composer/note-context';
import { themFromPage } from '../../../src/composer/page-talking-points';
import { readProfile } from '../../../src/linkedin';
import { loadPage } from '../linkedin/fixtures';

const me = (languages: string[]) => ({ myName: 'Sam', myInterest: '', about: Settings.parse({ about: { languages } }).about });
const language = (points: { kind: string; subject: string }[]) => points.filter((p) => p.kind === 'language').map((p) => p.subject);

describe.each([
  { file: 'constructed/2026-profile-languages.html', url: 'https://www.linkedin.com/in/lena-okafor-a1b2/', onPage: ['German', 'English', 'Español'] },
  { file: 'constructed/2024-profile-languages.html', url: 'https://www.linkedin.com/in/jonas-weber-3b7/', onPage: ['Deutsch', 'English', 'Français'] },
])('$file', ({ file, url, onPage }) => {
  const doc = loadPage(file);
  const profile = readProfile(doc, url);

  test('their languages come from the page\'s Languages card, proficiency left out', () => {
    expect(themFromPage(profile, doc).languages).toEqual(onPage);
  });

  test.each([['Deutsch'], ['german'], ['GERMAN'], ['Allemand'], ['deutsch (Muttersprache)']])('About you "%s" shares German: a point for an English note, none for a German one (it shows it)', (mine) => {
    const target = noteTarget(null, profile, me([mine]), doc);
    expect(language(target.points.en)).toEqual(['German']);
    expect(language(target.points.de)).toEqual([]);
  });

  test('a German note names the next language both speak, in German', () => {
    const spanishOrFrench = file.includes('2026') ? 'Spanisch' : 'Französisch';
    const target = noteTarget(null, profile, me(['Deutsch', spanishOrFrench]), doc);
    expect(language(target.points.de)).toEqual([spanishOrFrench]);
  });

  test('a language only you speak, or none set, gives no language point', () => {
    expect(language(noteTarget(null, profile, me(['Japanese', 'Suomi']), doc).points.en)).toEqual([]);
    expect(language(noteTarget(null, profile, me([]), doc).points.en)).toEqual([]);
  });
});

test('a page without a Languages card names no language, so no point fires', () => {
  const doc = loadPage('constructed/2026-profile-sections.html');
  const profile = readProfile(doc, 'https://www.linkedin.com/in/lena-okafor-a1b2/');
  expect(themFromPage(profile, doc).languages).toEqual([]);
  expect(language(noteTarget(null, profile, me(['German', 'English']), doc).points.en)).toEqual([]);
});
