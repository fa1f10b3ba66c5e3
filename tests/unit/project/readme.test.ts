// What the README promises a new user on a fresh clone: links that exist in the repository (never
// into git-ignored output), the commands it names, and an install that prints no warnings.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
const ignored = readFileSync(join(root, '.gitignore'), 'utf8').split('\n').map((l) => l.trim().replace(/\/$/, '')).filter(Boolean);
const links = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/.test(href));

describe('the README', () => {
  test('every relative link points at a file of the repository, none into git-ignored output', () => {
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) {
      expect(ignored.some((dir) => href.startsWith(`${dir}/`)), href).toBe(false);
      expect(existsSync(join(root, href)), href).toBe(true);
    }
  });

  test('the screenshot set is linked: composer in both dialogs and dark, popup, options sections, side panel, store images', () => {
    for (const name of ['composer-2024', 'composer-2026', 'composer-dark', 'popup', 'options-templates', 'options-settings', 'options-backup', 'options-history', 'sidepanel', 'store-composer', 'store-options']) {
      expect(links, name).toContain(`docs/screenshots/${name}.png`);
    }
  });

  test('browser installs update the package lists first', () => {
    for (const browser of ['chromium', 'firefox-esr']) {
      expect(readme).toMatch(new RegExp(`apt-get update && sudo apt-get install -y\\s+${browser}`));
    }
  });

  test('every `npm run x` it names exists, including a Chromium-only test run and the screenshots', () => {
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(named).toEqual(expect.arrayContaining(['test:chromium', 'screenshots']));
    for (const script of named) expect(pkg.scripts, script).toHaveProperty(script);
  });

  test('every install script in the lock file is covered by allowScripts, so npm ci does not warn', () => {
    const withScripts = Object.entries(lock.packages).filter(([, p]) => p.hasInstallScript).map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts) expect(pkg.allowScripts?.[name], name).toBe(true);
  });
});
