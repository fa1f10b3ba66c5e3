// `npm run zip`: store-ready packages for both browsers in web-ext-artifacts/.
// The files sit at the zip's root (stores reject a zip that wraps them in a folder).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { projectRoot } from '../tests/e2e/harness';

const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
const outDir = join(projectRoot, 'web-ext-artifacts');
mkdirSync(outDir, { recursive: true });

function collect(dir: string, root = dir, into: Zippable = {}): Zippable {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, root, into);
    // A fixed date keeps two zips of the same build byte-identical.
    else into[relative(root, path)] = [readFileSync(path), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  return into;
}

for (const [script, dir, target] of [
  ['build', 'dist', 'chrome'],
  ['build:firefox', 'dist-firefox', 'firefox'],
] as const) {
  if (spawnSync('npm', ['run', '--silent', script], { cwd: projectRoot, stdio: 'inherit' }).status !== 0) process.exit(1);
  const zip = zipSync(collect(join(projectRoot, dir)), { level: 9 });
  const path = join(outDir, `rapport-${target}-${version}.zip`);
  writeFileSync(path, zip);
  console.log(`${relative(process.cwd(), path)}  ${(zip.length / 1024).toFixed(1)} KB`);
}
