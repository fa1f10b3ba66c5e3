// The LinkedIn page simulator (tests/fixtures/sim) in real Chromium: its invite dialog flow and its
// outcomes behave like LinkedIn's. The extension is loaded but plays no part here.
import { describe, expect, test } from 'vitest';
import { simPages } from '../fixtures/sim/pages';
import { button, inviteDialog, mountedIn, sent, useSimBrowser } from './sim-session';

const { sim, checkTheWholeFile } = useSimBrowser();

describe('invite dialog flow', () => {
  test('2024: Connect → stage 1 in #artdeco-modal-outlet → stage 2 in place → Send records the note and shows Pending', async () => {
    const page = await sim('profile-2024', { limit: 200, quotaRemaining: 5 });
    await page.locator('main button[aria-label="Invite Daniel Okafor to connect"].pvs-profile-actions__action').click();
    expect(await mountedIn(page)).toBe('outlet');
    const dialog = inviteDialog(page);
    expect(await dialog.locator('h2#send-invite-modal').textContent()).toBe('Add a note to your invitation?');
    expect(await dialog.locator('strong').textContent()).toBe('Daniel Okafor');
    for (const label of ['Dismiss', 'Add a note', 'Send without a note']) expect(await button(page, label).count()).toBe(1);
    await page.evaluate(() => ((window as any).__stage1 = document.querySelector('.send-invite')));

    await button(page, 'Add a note').click();
    expect(await page.evaluate(() => (window as any).__stage1 === document.querySelector('.send-invite'))).toBe(true);
    expect((await dialog.locator('h2#send-invite-modal').textContent())?.trim()).toBe('Add a note to your invitation');
    const box = dialog.locator('textarea#custom-message[name="message"]');
    expect(await box.getAttribute('maxlength')).toBeNull();
    expect(await dialog.locator('label[for="custom-message"] .visually-hidden').textContent()).toBe('Please limit personal note to 300 characters.');
    const counter = dialog.locator('span[aria-live="polite"]:not([data-rapport])');
    expect(await counter.textContent()).toBe('0/200');
    expect((await dialog.locator('div.connect-button-send-invite__premium-upsell-message').textContent())?.trim()).toBe(
      '5 personalized invitations remaining for this month.',
    );
    expect(await dialog.locator('a[href*="/premium/"][href*="upsellSlotId=CUSTOM_INVITE_CHARACTER_LIMIT"]').count()).toBe(1);
    const send = button(page, 'Send invitation');
    expect((await send.textContent())?.trim()).toBe('Send');
    expect(await send.isDisabled()).toBe(true);
    expect(await send.getAttribute('class')).toContain('artdeco-button--disabled');

    await box.pressSequentially('Hi Daniel');
    expect(await counter.textContent()).toBe('9/200');
    expect(await send.isEnabled()).toBe(true);
    expect(await send.getAttribute('class')).not.toContain('artdeco-button--disabled');
    await send.click();
    expect(await mountedIn(page)).toBe('none');
    expect(await sent(page)).toEqual([{ name: 'Daniel Okafor', note: 'Hi Daniel' }]);
    const pending = page.locator('button[aria-label="Pending, click to withdraw invitation sent to Daniel Okafor"]');
    expect(await pending.count()).toBe(2); // the top card and its sticky duplicate
    expect(await page.locator('button[aria-label="Invite Daniel Okafor to connect"]').count()).toBe(0);
  });

  test('2026: the dialog lives in the open shadow root; .value without an input event changes nothing', async () => {
    const page = await sim('profile-2026', { limit: 300 });
    await page.locator('main a[aria-label="Invite Lucía Ferrer to connect"]').first().click();
    expect(await mountedIn(page)).toBe('shadow');
    expect(page.url()).toBe(simPages['profile-2026'].url); // the anchor did not navigate
    expect(await page.evaluate(() => document.querySelector('[role="dialog"], textarea'))).toBeNull();
    expect(await inviteDialog(page).locator('strong').textContent()).toBe('Lucía Ferrer');

    await button(page, 'Add a note').click();
    const dialog = inviteDialog(page);
    const send = button(page, 'Send invitation');
    expect(await dialog.locator('span[aria-live="polite"]:not([data-rapport])').textContent()).toBe('0/300');
    expect(await dialog.locator('.connect-button-send-invite__premium-upsell-message, a[href*="/premium/"]').count()).toBe(0);

    // Setting .value the way old scripts did: LinkedIn's framework never hears of it.
    await dialog.locator('#custom-message').evaluate((t: HTMLTextAreaElement) => (t.value = 'typed by a script'));
    expect(await send.isDisabled()).toBe(true);
    expect(await dialog.locator('span[aria-live="polite"]:not([data-rapport])').textContent()).toBe('0/300');

    await dialog.locator('#custom-message').fill('Hola Lucía, loved your mobility study.');
    expect(await send.isEnabled()).toBe(true);
    expect(await dialog.locator('span[aria-live="polite"]:not([data-rapport])').textContent()).toBe('38/300');
    // What LinkedIn sends is what its last input event saw, not a later silent .value change.
    await dialog.locator('#custom-message').evaluate((t: HTMLTextAreaElement) => (t.value = 'silently changed'));
    await send.click();
    expect(await mountedIn(page)).toBe('none');
    expect(await sent(page)).toEqual([{ name: 'Lucía Ferrer', note: 'Hola Lucía, loved your mobility study.' }]);
    const pending = page.locator('main a[aria-label="Pending, click to withdraw invitation sent to Lucía Ferrer"]');
    expect(await pending.count()).toBe(2);
    expect(await pending.first().getAttribute('href')).toBe('/in/lucia-ferrer/');
    expect(await pending.first().getAttribute('componentkey')).toBe('ConnectButtonstate:invitation:urn:li:member:640218835_pending');
  });

  test('Dismiss and Cancel close without sending; Send without a note sends null; clearing the box disables Send', async () => {
    const page = await sim('profile-2026');
    const connect = page.locator('main a[aria-label^="Invite Lucía"]').first();
    await connect.click();
    await button(page, 'Dismiss').click();
    expect(await mountedIn(page)).toBe('none');
    await connect.click();
    await button(page, 'Add a note').click();
    await page.locator('#custom-message').fill('x');
    await page.locator('#custom-message').fill('');
    expect(await button(page, 'Send invitation').isDisabled()).toBe(true);
    await button(page, 'Cancel adding a note').click();
    expect(await mountedIn(page)).toBe('none');
    expect(await sent(page)).toEqual([]);
    await connect.click();
    await button(page, 'Send without a note').click();
    expect(await sent(page)).toEqual([{ name: 'Lucía Ferrer', note: null }]);
  });

  test('variant overrides where the dialog mounts, whatever the page era', async () => {
    let page = await sim('profile-2024', { variant: '2026' });
    await page.locator('main button[aria-label^="Invite Daniel"]').first().click();
    expect(await mountedIn(page)).toBe('shadow');
    page = await sim('profile-2026', { variant: '2024' });
    await page.locator('main a[aria-label^="Invite Lucía"]').first().click();
    expect(await mountedIn(page)).toBe('outlet');
  });

  test('a sidebar decoy opens the dialog for its own person, not the profile owner', async () => {
    const page = await sim('profile-2024');
    await page.locator('aside button[aria-label="Invite Sample Person 2 to connect"]').click();
    expect(await inviteDialog(page).locator('strong').textContent()).toBe('Sample Person 2');
  });

  test('Connect in the 2026 More menu', async () => {
    const page = await sim('profile-2026-connect-in-more');
    expect(await page.locator('[aria-label="Invite Oskar Halvorsen to connect"]').count()).toBe(0);
    await page.locator('main button[aria-label="More"]').first().click();
    const item = page.locator('[data-floating-ui-portal] [role="menu"] a[role="menuitem"][href="/preload/custom-invite/?vanityName=oskar-halvorsen"]');
    expect(await item.locator('[aria-label="Invite Oskar Halvorsen to connect"]').count()).toBe(1);
    await item.click();
    expect(await page.locator('[data-floating-ui-portal]').count()).toBe(0);
    expect(await inviteDialog(page).locator('strong').textContent()).toBe('Oskar Halvorsen');
    await button(page, 'Send without a note').click();
    await page.locator('main button[aria-label="More"]').first().click();
    expect(await page.locator('[role="menu"] a[role="menuitem"][aria-label="Pending, click to withdraw invitation sent to Oskar Halvorsen"]').count()).toBe(1);
  });

  test('search: each result opens the dialog for its own person', async () => {
    const page = await sim('search-2026');
    const results = page.locator('div[role="listitem"]');
    expect(await results.count()).toBe(3);
    expect(await results.locator('p > a[href="/in/samuel-achterberg/"]').textContent()).toBe('Samuel Achterberg');
    await page.locator('a[aria-label="Invite Samuel Achterberg to connect"][href^="/preload/search-custom-invite/?vanityName=samuel-achterberg"]').click();
    expect(await mountedIn(page)).toBe('shadow');
    expect(await inviteDialog(page).locator('strong').textContent()).toBe('Samuel Achterberg');
    await button(page, 'Send without a note').click();
    expect(await sent(page)).toEqual([{ name: 'Samuel Achterberg', note: null }]);
    expect(await page.locator('a[aria-label^="Pending"]').count()).toBe(1);
    expect(await page.locator('a[aria-label^="Invite "]').count()).toBe(2);
  });
});

describe('outcomes', () => {
  test("'upsell': Add a note opens a native Premium dialog instead of stage 2", async () => {
    const page = await sim('profile-2026', { outcome: 'upsell' });
    await page.locator('main a[aria-label^="Invite Lucía"]').first().click();
    await button(page, 'Add a note').click();
    expect(await mountedIn(page)).toBe('none');
    const upsell = page.locator('dialog[open][data-testid="dialog"][aria-labelledby="dialog-header"]');
    expect(await upsell.locator('a[href*="/premium/"]').count()).toBe(1);
    expect(await page.locator('textarea').count()).toBe(0);
    await upsell.locator('button[aria-label="Dismiss"]').click();
    expect(await upsell.count()).toBe(0);
    expect(await sent(page)).toEqual([]);
  });

  test("'weekly-limit': Send shows an error toast and nothing is sent", async () => {
    const page = await sim('profile-2026', { outcome: 'weekly-limit' });
    await page.locator('main a[aria-label^="Invite Lucía"]').first().click();
    await button(page, 'Add a note').click();
    await page.locator('#custom-message').fill('Hello');
    await button(page, 'Send invitation').click();
    expect(await page.locator('[data-test-artdeco-toast-item-type="error"]').textContent()).toContain(
      "You've reached the weekly invitation limit",
    );
    expect(await sent(page)).toEqual([]);
    expect(await page.locator('[aria-label^="Pending"]').count()).toBe(0);
  });

  test("'weekly-limit-legacy': Send shows the h2#ip-fuse-limit-alert__header dialog", async () => {
    const page = await sim('profile-2024', { outcome: 'weekly-limit-legacy' });
    await page.locator('main button[aria-label^="Invite Daniel"]').first().click();
    await button(page, 'Send without a note').click();
    expect(await page.locator('#artdeco-modal-outlet h2#ip-fuse-limit-alert__header').textContent()).toBe(
      "You've reached the weekly invitation limit",
    );
    await button(page, 'Got it').click();
    expect(await page.locator('#ip-fuse-limit-alert__header').count()).toBe(0);
    expect(await sent(page)).toEqual([]);
  });

  test("'email-gate': stage 1 asks for an e-mail and Send without a note is aria-disabled", async () => {
    const page = await sim('profile-2026', { outcome: 'email-gate' });
    await page.locator('main a[aria-label^="Invite Lucía"]').first().click();
    const dialog = inviteDialog(page);
    expect(await dialog.locator('input[type="email"]').count()).toBe(1);
    const without = button(page, 'Send without a note');
    expect(await without.getAttribute('aria-disabled')).toBe('true');
    await without.click({ force: true }); // Playwright itself refuses to click an aria-disabled button
    expect(await sent(page)).toEqual([]);
    expect(await mountedIn(page)).toBe('shadow');
    expect(await button(page, 'Add a note').isEnabled()).toBe(true);
    await button(page, 'Add a note').click();
    expect(await dialog.locator('#custom-message').count()).toBe(1);
  });
});

checkTheWholeFile();
