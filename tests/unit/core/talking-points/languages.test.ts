// Language names as people write them: one key per language whatever the case, accents or UI
// language of the name (About you in German, the page in English), unknown names kept as written.
import { describe, expect, test } from 'vitest';
import { knownLanguageKey, languageKey, languageName } from '../../../../src/core/talking-points/languages';

describe('knownLanguageKey', () => {
  test.each([
    ['German', 'de'], ['Deutsch', 'de'], ['deutsch', 'de'], ['GERMAN', 'de'], ['allemand', 'de'], ['Alemán', 'de'], ['Niemiecki', 'de'],
    ['English', 'en'], ['Englisch', 'en'], ['anglais', 'en'],
    ['Français', 'fr'], ['Francais', 'fr'], ['Französisch', 'fr'],
    ['Spanish (Native or bilingual)', 'es'], ['Español', 'es'], ['Spanisch', 'es'],
    ['Chinese (Mandarin)', 'zh'], ['Mandarin', 'zh'], ['Chinesisch', 'zh'],
    ['Norwegian', 'no'], ['Norsk', 'no'], ['Ukrainian', 'uk'], ['Ukrainisch', 'uk'],
  ])('%s → %s', (name, key) => {
    expect(knownLanguageKey(name)).toBe(key);
  });

  test.each([['Klingon'], ['Skills'], ['Native or bilingual proficiency'], ['<img src=x onerror=alert(1)>'], [''], ['   ']])('%j is no known language', (name) => {
    expect(knownLanguageKey(name)).toBeNull();
  });
});

test('unknown names compare as written, case and accents aside', () => {
  expect(languageKey('Klingon')).toBe(languageKey('KLINGON'));
  expect(languageKey('Quenya')).not.toBe(languageKey('Sindarin'));
});

test('the name shown is in the note\'s language; an unknown one as written', () => {
  expect(languageName('de', 'en', 'Deutsch')).toBe('German');
  expect(languageName('de', 'de', 'German')).toBe('Deutsch');
  expect(languageName('fr', 'de', 'French')).toBe('Französisch');
  expect(languageName('klingon', 'en', 'Klingon (fluent)')).toBe('Klingon');
});
