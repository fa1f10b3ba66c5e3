// Recording by hand in the side panel (issue 15): the answer to the page notice "Rapport could not
// record your invitation… open Rapport's side panel". The person views a profile Rapport does not
// track, records the invitation they sent in the panel, and the popup's queue lists it; Undo takes
// it back. (How a page ends up with such a notice: tests/e2e/attacks/worker-reload.test.ts.)
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension, watchErrors } from './harness';
import { openSim, storedFor } from './composer-helpers';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const part = (page: Page, name: string) => page.locator(`[data-rapport="${name}"]`);

test('an untracked profile → record by hand in the side panel → the popup lists it; Undo removes it', { timeout: 60_000 }, async () => {
  const errors: string[] = [];
  const { page: linkedIn, problems } = await openSim(ext, 'profile-2026');
  const panel = await ext.openExtensionPage('src/sidepanel/index.html');
  watchErrors(panel, errors);
  await expect.poll(() => part(panel, 'sidepanel-name').textContent(), { timeout: 8000 }).toBe('Lucía Ferrer');

  const offer = panel.getByRole('button', { name: 'Record an invitation to Lucía Ferrer you sent' });
  await offer.click();
  await expect.poll(() => part(panel, 'sidepanel-recorded').textContent()).toContain('Recorded: your invitation to Lucía Ferrer');
  expect(await storedFor(ext, 'lucia-ferrer')).toMatchObject([{ name: 'Lucía Ferrer', note: '', source: 'manual' }]);

  const popup = await ext.openExtensionPage('src/popup/index.html');
  watchErrors(popup, errors);
  await expect.poll(() => popup.locator('.row-body .name').allTextContents(), { timeout: 8000 }).toContain('Lucía Ferrer');
  await popup.close();

  // Undo: gone from storage, and the panel offers it again.
  await panel.getByRole('button', { name: 'Undo' }).click();
  await offer.waitFor();
  expect(await storedFor(ext, 'lucia-ferrer')).toEqual([]);

  // Once Rapport tracks the person (recorded from the page itself), the panel no longer offers it.
  await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'invitation-sent', profileUrl: 'https://www.linkedin.com/in/lucia-ferrer/', name: 'Lucía Ferrer', note: '' }));
  await panel.reload();
  await expect.poll(() => part(panel, 'sidepanel-name').textContent(), { timeout: 8000 }).toBe('Lucía Ferrer');
  await panel.waitForTimeout(500);
  expect(await part(panel, 'sidepanel-record').count()).toBe(0);

  await panel.close();
  await linkedIn.close();
  expect(problems).toEqual([]);
  expect(errors).toEqual([]);
});
