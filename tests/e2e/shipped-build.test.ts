// The shipped build carries no test hooks: `vite build` without RAPPORT_TEST_HOOKS (what `npm run
// build` and `npm run zip` run) is made here, apart from dist/ (which may be the test build), and
// no script in it may name the content script's test state (src/content/test-hooks.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { projectRoot } from './harness';

const outDir = mkdtempSync(join(tmpdir(), 'rapport-shipped-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** `__rapport` as a whole name (the composer's hand-over `__rapportComposer` is not a test hook). */
const TEST_STATE = /\b__rapport\b/;

test('the shipped content script has no test hooks; the test build has them', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, RAPPORT_OUT_DIR: relative(projectRoot, outDir) };
  delete env.RAPPORT_TEST_HOOKS;
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: projectRoot, env, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);

  const scripts = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  expect(scripts).toContain('content.js');
  const content = readFileSync(join(outDir, 'content.js'), 'utf8');
  // The search would find such a name: the composer's hand-over global is there.
  expect(content).toContain('__rapportOwnProfile');
  expect(scripts.filter((file) => TEST_STATE.test(readFileSync(join(outDir, file), 'utf8')))).toEqual([]);
  // The source does have them, behind the flag the shipped build leaves false.
  expect(readFileSync(join(projectRoot, 'src/content/test-hooks.ts'), 'utf8')).toMatch(TEST_STATE);
}, 120_000);
