// Every side-panel string the code asks for exists in English and German, with the same
// placeholders, and the manifest's own sidebar title is among them.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(join(root, `public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const en = load('en');
const de = load('de');

function usedKeys(): string[] {
  const keys = new Set<string>();
  const sources = readdirSync(join(root, 'src/sidepanel')).filter((f) => /\.tsx?$/.test(f)).map((f) => join(root, 'src/sidepanel', f));
  for (const file of [...sources, join(root, 'vite.config.ts')]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:['"`]|__MSG_)(sidepanel_[a-z_]+)/g)) keys.add(m[1]!.replace(/_+$/, ''));
  }
  return [...keys];
}

describe('side panel strings', () => {
  const keys = usedKeys();
  const ours = (m: Messages) => Object.keys(m).filter((k) => k.startsWith('sidepanel_')).sort();

  test('the code uses a good number of keys, the Firefox sidebar title among them', () => {
    expect(keys.length).toBeGreaterThan(25);
    expect(keys).toContain('sidepanel_action_title');
  });

  test.each([['en', en], ['de', de]] as const)('every key the panel uses is in %s', (_lang, messages) => {
    expect(keys.filter((k) => !messages[k]?.message)).toEqual([]);
  });

  test('no key is left unused', () => {
    expect(ours(en).filter((k) => !keys.includes(k))).toEqual([]);
  });

  test('German has the same keys and placeholders, and is translated', () => {
    expect(ours(de)).toEqual(ours(en));
    for (const key of ours(en)) {
      const names = Object.keys(en[key]!.placeholders ?? {}).sort();
      expect(Object.keys(de[key]!.placeholders ?? {}).sort(), key).toEqual(names);
      for (const name of names) expect(de[key]!.message.toLowerCase(), key).toContain(`$${name}$`);
    }
    expect(de.sidepanel_copy!.message).not.toBe(en.sidepanel_copy!.message);
    expect(de.sidepanel_empty!.message).not.toBe(en.sidepanel_empty!.message);
  });
});
