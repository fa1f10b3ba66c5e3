// Conventions of src/linkedin/: every fixture a selector comment cites exists (refined-github's
// "selector beside the pages that prove it"), files stay small, and the reader stays pure.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES } from './fixtures';

const SRC = resolve(import.meta.dirname, '../../../src/linkedin');
const sources = readdirSync(SRC).filter((f) => f.endsWith('.ts')).map((f) => ({ file: f, text: readFileSync(join(SRC, f), 'utf8') }));

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? fixtureFiles(path) : [name];
  });
}
const fixtures = new Set(fixtureFiles(FIXTURES));

test('every fixture file named in a selector comment exists', () => {
  const cited = new Set<string>();
  for (const { text } of sources) {
    for (const m of text.matchAll(/[\w.-]*[\w-]\.html\b/g)) cited.add(m[0].replace(/^(?:constructed|translated)\//, ''));
  }
  const resolved = [...cited].flatMap((name) => {
    if (!name.includes('*')) return [[name, fixtures.has(name)] as const];
    return [];
  });
  expect(resolved.length).toBeGreaterThanOrEqual(12);
  expect(resolved.filter(([, ok]) => !ok).map(([name]) => name)).toEqual([]);
});

test('wildcard citations (2024-*.html, constructed/2026-profile-*.html) match at least one fixture', () => {
  for (const { text } of sources) {
    for (const m of text.matchAll(/(?:constructed\/)?([\w-]*\*[\w.*-]*\.html)/g)) {
      const pattern = new RegExp(`^${m[1]!.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
      expect([...fixtures].some((f) => pattern.test(f)), m[0]).toBe(true);
    }
  }
});

test('files hold one concern each (at most ~250 lines)', () => {
  for (const { file, text } of sources) expect(text.trimEnd().split('\n').length, file).toBeLessThanOrEqual(250);
});

test('the reader is pure: no extension APIs, no timers, no markup from strings', () => {
  for (const { file, text } of sources) {
    expect(text, file).not.toMatch(/\b(?:chrome|browser)\s*\.\s*\w+|webextension-polyfill|setTimeout|setInterval|innerHTML|outerHTML|insertAdjacentHTML|querySelectorAll\(\s*['"]\*['"]\s*\)/);
  }
});
