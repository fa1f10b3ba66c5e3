// The structure-first reader in Chromium with the built extension: an era-D page whose card keys
// LinkedIn masked (no "…Topcard" anywhere) is still read, and the composer greets the right person.
import { expect, test } from 'vitest';
import { inComposer, noteBox, openNoteStep, simSuite } from './composer-helpers';

const suite = simSuite();

test('era D page with no Topcard key: the composer greets the right first name', async () => {
  const page = await suite.sim('profile-2026', { variant: '2026', maskKeys: true });
  await page.locator('main h2').first().waitFor();
  expect(await page.locator('[componentkey*="Topcard"], [id*="Topcard"]').count()).toBe(0);
  await openNoteStep(page);
  await inComposer(page, 'insert').click();
  const note = await noteBox(page).inputValue();
  expect(note).toContain('Hi Lucía,');
  expect(note).toContain('Calloway Mobility');
});
