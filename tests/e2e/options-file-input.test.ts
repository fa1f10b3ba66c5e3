// After a file is picked, the options page's file input still names it while the preview
// describes it (it said "No file chosen" next to the preview); Cancel clears both.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

test('the file input and the preview agree', async () => {
  const page = await ext.openExtensionPage('src/options/index.html#backup');
  const input = page.locator('[data-rapport="import-file"]');
  const text = JSON.stringify({ format: 'rapport-backup', version: 1, templates: [], invitations: [], settings: {} });
  await input.setInputFiles({ name: 'rapport-backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.locator('[data-rapport="backup-preview"]').waitFor();
  expect(await input.evaluate((el: HTMLInputElement) => el.files?.[0]?.name ?? null)).toBe('rapport-backup.json');
  await page.locator('[data-rapport="import-cancel"]').click();
  await page.locator('[data-rapport="import-backup"]').waitFor({ state: 'detached' });
  expect(await input.evaluate((el: HTMLInputElement) => el.files?.length ?? 0)).toBe(0);
  await page.close();
});
