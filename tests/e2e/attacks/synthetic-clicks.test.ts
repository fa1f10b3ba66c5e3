// Attack: a script on the LinkedIn page clicks Connect and "Send without a note" (or types a note
// and clicks Send) with element.click(). LinkedIn's own handlers act on such clicks, but they are
// not the person's: Rapport records nothing (event.isTrusted). The person's own clicks, made by the
// browser's input pipeline (Playwright drives it through CDP), still record. Real Chromium, built
// extension, simulated LinkedIn pages, the background's store read back through an extension page.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { simSuite, linkedInButton, simSent, storedFor } from '../composer-helpers';

const suite = simSuite();

/** The composer is mounted at the dialog's current step (read from the content script's debug state). */
async function composerAt(page: Page, stage: string): Promise<void> {
  await expect.poll(async () => (await suite.ext().contentState<{ composer: { stage: string } | null }>(page)).composer?.stage).toBe(stage);
}

/** Runs in the page's own world, as LinkedIn's (or an injected) script would. */
const pageScriptClicks = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const outlet = document.getElementById('interop-outlet')?.shadowRoot;
    const el = document.querySelector<HTMLElement>(sel) ?? outlet?.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`no ${sel}`);
    el.click();
  }, selector);

const pageScriptTypes = (page: Page, text: string) =>
  page.evaluate((value) => {
    const outlet = document.getElementById('interop-outlet')?.shadowRoot;
    const box = (document.querySelector('#custom-message') ?? outlet?.querySelector('#custom-message')) as HTMLTextAreaElement;
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);

test('search results (2026): a page script\'s Connect and "Send without a note" record nothing; the person\'s clicks do', async () => {
  const page = await suite.sim('search-2026');
  await suite.ext().arrive(page); // the person is at the page (Rapport's watch starts at their first sign)
  await pageScriptClicks(page, 'main [aria-label="Invite Nadia Haddad to connect"]');
  await composerAt(page, 'add-note-prompt');
  await pageScriptClicks(page, 'button[aria-label="Send without a note"]');
  expect(await simSent(page)).toEqual([{ name: 'Nadia Haddad', note: null }]); // LinkedIn sent it

  // The person's own Connect, then the script's "Send without a note": not the person's send either.
  await page.locator('main [aria-label="Invite Mei-Ling Zhou to connect"]').click();
  await composerAt(page, 'add-note-prompt');
  await pageScriptClicks(page, 'button[aria-label="Send without a note"]');
  expect(await simSent(page)).toHaveLength(2);

  // The person, for someone else: the same page, the same listeners.
  await page.locator('main [aria-label="Invite Samuel Achterberg to connect"]').click();
  await composerAt(page, 'add-note-prompt');
  await linkedInButton(page, 'Send without a note').click();
  await expect.poll(() => storedFor(suite.ext(), 'samuel-achterberg')).toHaveLength(1);
  // Reports leave one tab in the order made: had the scripted one been recorded, it would be there.
  expect(await storedFor(suite.ext(), 'nadia-haddad')).toEqual([]);
  expect(await storedFor(suite.ext(), 'mei-ling-zhou')).toEqual([]);
});

test('profile (2024): a page script\'s Connect, "Add a note", typed note and Send record nothing; the person\'s do', async () => {
  const page = await suite.sim('profile-2024', { variant: '2024' });
  await suite.ext().arrive(page); // the person is at the page; the script acts, not they
  await pageScriptClicks(page, 'main :is(a, button)[aria-label="Invite Daniel Okafor to connect"]');
  await composerAt(page, 'add-note-prompt');
  await pageScriptClicks(page, 'button[aria-label="Add a note"]');
  await composerAt(page, 'note');
  await pageScriptTypes(page, 'Scripted note');
  await pageScriptClicks(page, 'button[aria-label="Send invitation"]');
  expect(await simSent(page)).toEqual([{ name: 'Daniel Okafor', note: 'Scripted note' }]);

  // The person, on another profile (the scripted report, had there been one, left long before).
  const real = await suite.sim('profile-2026', { variant: '2026' });
  await real.locator('main :is(a, button)[aria-label="Invite Lucía Ferrer to connect"]').first().click();
  await composerAt(real, 'add-note-prompt');
  await linkedInButton(real, 'Add a note').click();
  await composerAt(real, 'note');
  await real.locator('#custom-message').fill('Hi Lucía, a real note.');
  await linkedInButton(real, 'Send invitation').click();
  await expect.poll(() => storedFor(suite.ext(), 'lucia-ferrer')).toEqual([expect.objectContaining({ note: 'Hi Lucía, a real note.' })]);
  expect(await storedFor(suite.ext(), 'daniel-okafor')).toEqual([]);
});
