// The built manifests ask for the least: storage, alarms, scripting (plus sidePanel in Chrome),
// and LinkedIn only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from './harness';

const read = (dir: string) => JSON.parse(readFileSync(join(projectRoot, dir, 'manifest.json'), 'utf8'));

describe.each(['dist', 'dist-firefox'])('%s/manifest.json', (dir) => {
  const manifest = read(dir);

  test('is Manifest V3 with only storage, alarms, scripting (and sidePanel in Chrome)', () => {
    expect(manifest.manifest_version).toBe(3);
    // scripting: composer.js is injected into the tab that opened an invite dialog (no other use).
    // sidePanel (Chrome only): the side-panel composer; it carries no install warning.
    const expected = dir === 'dist' ? ['alarms', 'scripting', 'sidePanel', 'storage'] : ['alarms', 'scripting', 'storage'];
    expect([...manifest.permissions].sort()).toEqual(expected);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  test('reaches LinkedIn only, with one classic content script (its message-box part in the /preload/ frame only) and nothing web-accessible', () => {
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
    // LinkedIn may draw the message box in its same-origin /preload/ iframe (LINKEDIN.md §14): only
    // frames at that path get a script, and no other frame of any page.
    expect(manifest.content_scripts).toEqual([
      { matches: ['https://www.linkedin.com/*'], exclude_matches: ['https://www.linkedin.com/preload/', 'https://www.linkedin.com/preload/?*'], js: ['content.js'], run_at: 'document_idle' },
      { matches: ['https://www.linkedin.com/preload/', 'https://www.linkedin.com/preload/?*'], js: ['message-frame.js'], all_frames: true, run_at: 'document_idle' },
    ]);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

test('Chrome runs the background as an ES-module service worker; Firefox gets a gecko id', () => {
  expect(read('dist').background).toEqual({ service_worker: 'service-worker-loader.js', type: 'module' });
  const gecko = read('dist-firefox').browser_specific_settings.gecko;
  expect(gecko.id).toMatch(/@/);
  expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
});

test('composer.js carries none of the reader: content.js, already on the page, reads LinkedIn', () => {
  // Patterns only the profile reader's per-language text holds (the top card's company label, a
  // label naming the person): if the composer imports the reader again, the two scripts would
  // carry it twice (about 3 KB gzip more for every dialog). The withdrawal's labels (Pending,
  // Withdraw) are in both: its reader is in composer.js (composer/lifecycle/), the top card's in
  // content.js.
  for (const marker of ['Aktuelles Unternehmen', 'hat Verifizierungen']) {
    expect(readFileSync(join(projectRoot, 'dist', 'content.js'), 'utf8')).toContain(marker);
    expect(readFileSync(join(projectRoot, 'dist', 'composer.js'), 'utf8')).not.toContain(marker);
  }
});

test('the outbox and the invite dialog\'s reader are composer.js\'s: content.js keeps the glance and the early queue', () => {
  const content = readFileSync(join(projectRoot, 'dist', 'content.js'), 'utf8');
  const composer = readFileSync(join(projectRoot, 'dist', 'composer.js'), 'utf8');
  // The outbox's refusal codes (composer/outbox.ts): content.js's own queue has no refusal list.
  expect(composer).toContain('invalid-import');
  expect(content).not.toContain('invalid-import');
  // LinkedIn's weekly-limit step is named by the dialog's reader and the mounter that takes a Send
  // back (linkedin/dialog.ts, composer/invite-mounter.ts); content.js only glances for a dialog.
  expect(composer).toContain('weekly-limit');
  expect(content).not.toContain('weekly-limit');
  // What content.js reports before composer.js is here, and says when it cannot (content/reports.ts).
  expect(content).toContain('Rapport: not recorded');
});
