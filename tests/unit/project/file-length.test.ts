// "Small, clear files": past ~250 lines a file probably holds two concerns. Checked over every
// file a maintainer reads (source, tests, scripts, styles, pages); the saved LinkedIn pages are
// data, kept as LinkedIn served them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const MAX_LINES = 250;
const READ = /\.(ts|tsx|js|mjs|css|html)$/;
const DATA = ['tests/fixtures/linkedin', 'node_modules', 'dist', 'test-artifacts'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (DATA.some((skip) => relative(root, path).startsWith(skip)) || name.startsWith('dist')) return [];
    if (statSync(path).isDirectory()) return files(path);
    return READ.test(name) ? [path] : [];
  });
}

test(`no source, test or script file is over ${MAX_LINES} lines`, () => {
  const checked = ['src', 'tests', 'scripts'].flatMap((dir) => files(join(root, dir)));
  expect(checked.length).toBeGreaterThan(300);
  const long = checked
    .map((path) => ({ path: relative(root, path), lines: readFileSync(path, 'utf8').split('\n').length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES);
  expect(long).toEqual([]);
});
