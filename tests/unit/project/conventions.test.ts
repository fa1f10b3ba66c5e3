// Conventions the whole codebase keeps, checked over every source file.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(join(root, 'src')).map((path) => ({
  path: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

describe('source conventions', () => {
  test('there are source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  test('no file builds markup from strings', () => {
    const offenders = files.filter(({ text }) =>
      /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(text),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  test('only src/background/ touches browser storage', () => {
    const offenders = files.filter(
      ({ path, text }) => !path.startsWith('src/background/') && /\b(browser|chrome)\s*\.\s*storage\b/.test(text),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  test('no source file makes a network request', () => {
    const offenders = files.filter(({ text }) =>
      /\bfetch\s*\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource\(/.test(text),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  test('the content script never imports zod or webextension-polyfill', () => {
    const content = files.filter(({ path }) => path.startsWith('src/content/'));
    const offenders = content.filter(({ text }) => /from ['"](zod|webextension-polyfill)['"]/.test(text));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });
});
