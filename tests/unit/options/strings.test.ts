// The options page's words: every key the code uses exists in English and German, the two
// files offer the same keys, and a translation names the same {tokens} as the English.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { invitationSources, invitationStatuses } from '../../../src/core/schemas';
import { templateVariables } from '../../../src/core/template';
import { t } from '../../../src/options/i18n';
import { sectionIds } from '../../../src/options/sections';

const root = resolve(import.meta.dirname, '../../..');
type Messages = Record<string, { message: string }>;
const load = (lang: string) => JSON.parse(readFileSync(join(root, `public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const en = load('en');
const de = load('de');
const ours = (messages: Messages) => Object.keys(messages).filter((k) => k.startsWith('options_')).sort();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}
const source = files(join(root, 'src/options')).map((p) => readFileSync(p, 'utf8')).join('\n');
const literalKeys = [...new Set([...source.matchAll(/['`](options_[A-Za-z0-9_]+)['`]/g)].map((m) => m[1]!))];
const builtKeys = [
  ...sectionIds.map((id) => `options_nav_${id}`),
  ...invitationStatuses.map((s) => `options_status_${s}`),
  ...invitationSources.map((s) => `options_source_${s}`),
  ...templateVariables.map((v) => `options_var_${v.name}`),
  ...['name_empty', 'name_long', 'body_long', 'body_errors'].map((p) => `options_tpl_problem_${p}`),
];

describe('options strings', () => {
  test('the code uses many keys, and each one exists in en and de', () => {
    expect(literalKeys.length).toBeGreaterThan(100);
    const missing = [...literalKeys, ...builtKeys].filter((key) => !en[key]?.message || !de[key]?.message);
    expect(missing).toEqual([]);
  });

  test('en and de have the same options_ keys', () => {
    expect(ours(de)).toEqual(ours(en));
  });

  test('every translation names the same {tokens} and no $ placeholders', () => {
    const tokens = (text: string) => [...text.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((m) => m[1]).sort();
    const differing = ours(en).filter((key) => JSON.stringify(tokens(en[key]!.message)) !== JSON.stringify(tokens(de[key]!.message)));
    expect(differing).toEqual([]);
    expect(ours(en).filter((key) => en[key]!.message.includes('$') || de[key]!.message.includes('$'))).toEqual([]);
  });
});

describe('t()', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('fills named tokens from the browser message and leaves unknown ones visible', () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => en[key]?.message ?? '', getUILanguage: () => 'en' } });
    expect(t('options_tpl_error_at', { line: 2, column: 7 })).toBe('Line 2, column 7:');
    expect(t('options_arc_skipped_row', { file: 'a.csv', record: 4 })).toBe('a.csv, row 4: {reason}.');
  });

  test('shows the key when a message is missing, so the gap is visible', () => {
    vi.stubGlobal('chrome', { i18n: { getMessage: () => '' } });
    expect(t('options_nothing_here')).toBe('options_nothing_here');
  });
});
