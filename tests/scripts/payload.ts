// `npx tsx tests/scripts/payload.ts [content|composer]`: where the bytes of content.js (every
// LinkedIn page) or composer.js (on demand) come from. Builds the script as vite.config.ts does,
// with a source map, into a temporary folder, and lists each source module's minified bytes and
// what it adds to the gzip size (the whole gzipped minus the whole without that module's bytes).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { projectRoot } from '../e2e/harness';

const which = process.argv[2] === 'composer' ? 'composer' : 'content';
const entry = which === 'composer' ? 'src/composer/entry.ts' : 'src/content/index.ts';
const outDir = mkdtempSync(join(tmpdir(), 'rapport-payload-'));
await build({
  configFile: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { __RAPPORT_TEST_HOOKS__: 'false' },
  build: {
    outDir, emptyOutDir: false, minify: true, sourcemap: true, lib: { entry: resolve(projectRoot, entry), formats: ['iife'], name: 'rapport', fileName: () => 'out.js' },
    // As vite.config.ts builds it: src/linkedin/ is pure, so what a script does not read is left out.
    rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]linkedin[\\/]/.test(id) } },
  },
});
const code = readFileSync(join(outDir, 'out.js'), 'utf8');
const map = JSON.parse(readFileSync(join(outDir, 'out.js.map'), 'utf8')) as { sources: string[]; mappings: string };
rmSync(outDir, { recursive: true, force: true });

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decode(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

// Each generated range [from, to) of a line, owned by the source its mapping names.
const lines = code.split('\n');
const owner: (number | null)[][] = lines.map((line) => new Array<number | null>(line.length).fill(null));
let source = 0;
map.mappings.split(';').forEach((line, index) => {
  let column = 0;
  const marks: Array<[number, number | null]> = [];
  for (const segment of line.split(',').filter(Boolean)) {
    const fields = decode(segment);
    column += fields[0] ?? 0;
    if (fields.length > 1) source += fields[1] ?? 0;
    marks.push([column, fields.length > 1 ? source : null]);
  }
  marks.forEach(([from, src], i) => owner[index]?.fill(src, from, marks[i + 1]?.[0] ?? lines[index]?.length));
});

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const total = gzip(code);
const rows = map.sources.map((name, src) => {
  const without = lines.map((line, i) => [...line].filter((_, c) => owner[i]?.[c] !== src).join('')).join('\n');
  const bytes = owner.reduce((sum, line) => sum + line.filter((o) => o === src).length, 0);
  return { module: relative(projectRoot, resolve(projectRoot, name.replace(/^(\.\.\/)+/, '/'))).replace(/^.*node_modules\//, ''), bytes, gzip: total - gzip(without) };
});
rows.sort((a, b) => b.gzip - a.gzip);
console.log(`${which}.js: ${code.length} B minified, ${total} B gzip`);
console.log('minified  gzip added  module');
for (const r of rows) console.log(`${String(r.bytes).padStart(8)}  ${String(r.gzip).padStart(10)}  ${r.module}`);
