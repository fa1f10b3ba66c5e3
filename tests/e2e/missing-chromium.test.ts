// Without Chromium, the demo says in one clear message how to install it — no stack trace.
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { projectRoot } from './harness';

test('npm run demo without Chromium explains how to install it', () => {
  const result = spawnSync('npx', ['tsx', 'scripts/demo.ts'], {
    cwd: projectRoot,
    env: { ...process.env, CHROME_PATH: '/nonexistent/chromium', CI: 'true' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('Chromium was not found at /nonexistent/chromium');
  expect(result.stderr).toContain('apt-get install -y chromium');
  expect(result.stderr).not.toMatch(/^\s+at /m);
});
