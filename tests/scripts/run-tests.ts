// `npm test`: builds both targets, runs the unit and the real-browser tests in one Vitest run,
// and ends with the one line CI reads: `N passed, N failed`.
// `npm run test:chromium` (or RAPPORT_BROWSERS=chromium npm test) leaves Firefox out: no Firefox
// browser needed (the Firefox build is still made and checked), tests/e2e/firefox.test.ts and the
// side panel's Firefox part not run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ChromiumMissingError, assertChromium } from '../e2e/chromium-path';
import { FirefoxMissingError, assertFirefox } from '../e2e/firefox/firefox-path';

const root = resolve(import.meta.dirname, '../..');
const report = join(root, 'test-artifacts/vitest-report.json');
const chromiumOnly = process.argv.includes('--chromium-only') || process.env.RAPPORT_BROWSERS === 'chromium';
const vitestArgs = process.argv.slice(2).filter((arg) => arg !== '--chromium-only');

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

try {
  assertChromium();
  if (!chromiumOnly) assertFirefox();
} catch (error) {
  if (!(error instanceof ChromiumMissingError) && !(error instanceof FirefoxMissingError)) throw error;
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (chromiumOnly) process.env.RAPPORT_BROWSERS = 'chromium';
// The Chrome build the real-browser tests load is the test build (its content script keeps its
// state readable, src/content/test-hooks.ts); the Firefox build is the shipped one.
for (const script of ['build:test', 'build:firefox']) {
  if (run('npm', ['run', '--silent', script]) !== 0) {
    console.error(`npm run ${script} failed; the tests need a fresh build.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync(join(root, 'test-artifacts'), { recursive: true });
rmSync(report, { force: true });
const status = run('npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ...(chromiumOnly ? ['--exclude', 'tests/e2e/firefox.test.ts'] : []),
  ...vitestArgs,
]);

let summary = { numPassedTests: 0, numFailedTests: 1, numPendingTests: 0, numTodoTests: 0 };
try {
  summary = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error('Vitest wrote no report; counting the run as failed.');
}
const skipped = summary.numPendingTests + summary.numTodoTests;
const failed = summary.numFailedTests + (status !== 0 && summary.numFailedTests === 0 ? 1 : 0);
console.log(`${summary.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
