// content.js runs at load only what its entry (src/content/index.ts) imports statically, and each
// of those modules' own static imports: the wait for the person's first sign and the one path
// check. Everything else (the watch) is imported dynamically, so the build sets it up only when
// it is first imported. A new static import here would put its module — and everything that module
// imports — back into every LinkedIn page's load; this test names it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const ENTRY = 'src/content/index.ts';
const STATIC = /^\s*(?:import|export)\s+(?!type\b)[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveSpec(from: string, spec: string): string {
  const base = resolve(dirname(resolve(root, from)), spec);
  const file = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`${from}: cannot resolve ${spec}`);
  return relative(root, file);
}
const source = (file: string) => readFileSync(resolve(root, file), 'utf8');

/** Every module evaluated when `entry` runs: its static imports, theirs, and so on. */
function evaluatedAtLoad(entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const m of source(file).matchAll(STATIC)) {
      const spec = (m[1] ?? m[2])!;
      if (!spec.startsWith('.')) throw new Error(`${file} imports the package ${spec} at load`);
      const target = resolveSpec(file, spec);
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return [...seen].sort();
}

test('at load content.js evaluates only the wait for the person and the one path check', () => {
  expect(evaluatedAtLoad(ENTRY)).toEqual([
    'src/content/first-sign.ts',
    'src/content/index.ts',
    'src/content/test-hooks.ts',
    'src/linkedin/watched-from-load.ts',
  ]);
});

test('the watch is imported dynamically, once, from the entry', () => {
  const dynamic = [...source(ENTRY).matchAll(DYNAMIC)].map((m) => resolveSpec(ENTRY, m[1]!));
  expect(dynamic).toEqual(['src/content/watch.ts']);
});

test('the check sees what it forbids: the watch, imported statically, would bring the readers to the load', () => {
  const modules = evaluatedAtLoad('src/content/watch.ts');
  expect(modules).toContain('src/linkedin/index.ts');
  expect(modules).toContain('src/linkedin/i18n.ts');
});
