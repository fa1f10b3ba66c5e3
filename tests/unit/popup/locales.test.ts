// Every popup string the code asks for exists in English and German, with the same placeholders.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { letterShortcuts } from '../../../src/popup/keys';
import { markMessageKey } from '../../../src/popup/actions';

const root = resolve(import.meta.dirname, '../../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(join(root, `public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const en = load('en');
const de = load('de');

function usedKeys(): Set<string> {
  const dir = join(root, 'src/popup');
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/['"`](popup_[a-z_]+)['"`]/g)) keys.add(m[1]!);
    // tCount('popup_days_ago', n) reads popup_days_ago_one / _other.
    for (const m of text.matchAll(/tCount\('(popup_[a-z_]+)'/g)) {
      keys.delete(m[1]!);
      keys.add(`${m[1]}_one`).add(`${m[1]}_other`);
    }
  }
  for (const s of letterShortcuts) keys.add(s.help);
  for (const mark of ['followed-up', 'accepted', 'replied', 'declined', 'withdrawn'] as const) keys.add(markMessageKey(mark));
  return keys;
}

test('each translation names its own language (ui_lang: dates, numbers and plurals on Rapport\'s pages)', () => {
  expect([en.ui_lang?.message, de.ui_lang?.message]).toEqual(['en', 'de']);
});

describe('popup strings', () => {
  const keys = [...usedKeys()];

  test('the code uses a good number of keys', () => {
    expect(keys.length).toBeGreaterThan(30);
  });

  test.each(['en', 'de'])('every key the popup uses is in %s', (lang) => {
    const messages = lang === 'en' ? en : de;
    expect(keys.filter((k) => !messages[k]?.message)).toEqual([]);
  });

  test('German has the same popup keys and placeholders as English', () => {
    const popup = (m: Messages) => Object.keys(m).filter((k) => k.startsWith('popup_')).sort();
    expect(popup(de)).toEqual(popup(en));
    for (const key of popup(en)) {
      expect(Object.keys(de[key]!.placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key]!.placeholders ?? {}).sort());
      for (const name of Object.keys(en[key]!.placeholders ?? {})) {
        expect(de[key]!.message.toLowerCase(), key).toContain(`$${name}$`);
      }
    }
  });

  test('German is actually translated', () => {
    expect(de.popup_section_due!.message).not.toBe(en.popup_section_due!.message);
    expect(de.popup_undo!.message).not.toBe(en.popup_undo!.message);
  });
});
