// Which folder of src/ may import which, read from every import and export-from statement:
//   core ← linkedin ← content, composer;  shared ← background and the pages (popup, options,
//   sidepanel); background is imported by background only; src/linkedin/ is entered through its
//   index.ts only. A violation names the file, the import, and the rule it breaks.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** What each folder may import besides itself. */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  linkedin: ['core'],
  shared: ['core'],
  content: ['core', 'linkedin', 'shared', 'composer'],
  composer: ['core', 'linkedin', 'shared'],
  background: ['core', 'shared'],
  popup: ['core', 'shared'],
  options: ['core', 'shared'],
  // The side panel is the composer that injects nothing: it shows the composer's own parts.
  sidepanel: ['core', 'shared', 'composer'],
};

/** Single files allowed across a line, each with its reason. */
const EXCEPTIONS: Record<string, string> = {
  // composer.js runs in content.js's world and speaks to the background through the same door.
  'src/composer/ai-port.ts -> src/content/send.ts': 'the content scripts\' one messaging door',
  // The outbox is composer.js's (every report but content.js's first ones is made there): same door.
  'src/composer/reports.ts -> src/content/send.ts': 'the content scripts\' one messaging door',
  'src/composer/lifecycle/index.ts -> src/content/send.ts': 'the content scripts\' one messaging door',
  'src/composer/reports.ts -> src/content/runtime.ts': 'whether the extension is still there',
  // The invite dialog's part of content.js's page, in composer.js: the e2e tests read its state there too.
  'src/composer/invite-dialog.ts -> src/content/test-hooks.ts': 'the real-browser tests\' one window into the content scripts',
  // Its looks after a Connect click end with content.js's page, like every timer of a page.
  'src/composer/invite-dialog.ts -> src/content/signal-bound.ts': 'the page\'s timers, bound to its signal',
  // content.js's load runs only what its entry imports statically: the index would set up every reader.
  'src/content/index.ts -> src/linkedin/watched-from-load.ts': 'the one question content.js asks at load (content-entry.test.ts)',
};

interface Edge {
  from: string;
  to: string;
  spec: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const FROM = /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm;
const BARE = /^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Resolves a relative specifier the way the bundler does: a file, with .ts/.tsx, or a folder's index. */
function resolveSpec(fromFile: string, spec: string): string {
  const base = resolve(dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return relative(root, candidate);
  }
  return relative(root, base);
}

function importEdges(files: readonly string[]): Edge[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(FROM), ...text.matchAll(BARE), ...text.matchAll(DYNAMIC)].map((m) => m[1]!);
    return specs.filter((spec) => spec.startsWith('.')).map((spec) => ({ from: relative(root, file), to: resolveSpec(file, spec), spec }));
  });
}

const folderOf = (path: string) => path.split('/')[1] ?? '';

/** Why an edge breaks the rules, or null when it keeps them. */
function violation({ from, to }: Edge): string | null {
  if (!to.startsWith('src/')) return null;
  const a = folderOf(from);
  const b = folderOf(to);
  if (`${from} -> ${to}` in EXCEPTIONS || a === b || !(a in ALLOWED)) return null;
  if (b === 'linkedin' && to !== 'src/linkedin/index.ts') return 'src/linkedin/ is entered through its index.ts only';
  if (b === 'background') return 'nothing outside src/background/ imports it';
  if (!ALLOWED[a]!.includes(b)) return `src/${a}/ may import ${ALLOWED[a]!.map((f) => `src/${f}/`).join(', ') || 'nothing outside itself'}, not src/${b}/`;
  return null;
}

const edges = importEdges(sourceFiles(join(root, 'src')));

test('the import statements are read (the check sees the whole tree)', () => {
  expect(edges.length).toBeGreaterThan(300);
  expect(edges).toContainEqual(expect.objectContaining({ from: 'src/content/watch.ts', to: 'src/linkedin/index.ts' }));
});

test('every import keeps the folder directions', () => {
  const broken = edges.flatMap((edge) => {
    const why = violation(edge);
    return why ? [`${edge.from}: import '${edge.spec}' → ${why}`] : [];
  });
  expect(broken).toEqual([]);
});

test('the rules catch what they forbid', () => {
  expect(violation({ from: 'src/composer/x.ts', to: 'src/linkedin/dom.ts', spec: '' })).toMatch(/index\.ts only/);
  expect(violation({ from: 'src/popup/x.ts', to: 'src/background/store/store.ts', spec: '' })).toMatch(/src\/background/);
  expect(violation({ from: 'src/core/x.ts', to: 'src/linkedin/index.ts', spec: '' })).toMatch(/src\/core\/ may import nothing/);
  expect(violation({ from: 'src/linkedin/x.ts', to: 'src/content/page.ts', spec: '' })).toMatch(/not src\/content/);
  expect(violation({ from: 'src/content/x.ts', to: 'src/linkedin/index.ts', spec: '' })).toBeNull();
});
