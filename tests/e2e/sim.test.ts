// The LinkedIn page simulator (tests/fixtures/sim) in real Chromium: its pages carry the documented
// markup, and its dialog flow behaves like LinkedIn's. The extension is loaded but plays no part here.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Extension } from './harness';
import { simPage, simPages, type SimOptions, type SimPageName } from '../fixtures/sim/pages';

let ext: Extension;
const problems: string[] = [];
const open: Page[] = [];

beforeAll(async () => {
  ext = await launchExtension();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});
afterAll(async () => {
  await ext?.close();
});

/** Opens a simulated page, collecting page errors and any alert() a hostile name could trigger. */
async function sim(name: SimPageName, options?: SimOptions): Promise<Page> {
  const { url } = simPages[name];
  ext.serveLinkedIn(url, { html: simPage(name, options) });
  const page = await ext.context.newPage();
  open.push(page);
  page.on('pageerror', (e) => problems.push(`${name}: ${e}`));
  page.on('dialog', (d) => {
    problems.push(`${name}: browser dialog "${d.message()}"`);
    void d.dismiss();
  });
  await page.goto(url);
  return page;
}

const sent = (page: Page) => page.evaluate(() => (window as any).__simSent as { name: string; note: string | null }[]);
const inviteDialog = (page: Page) => page.locator('.artdeco-modal.send-invite[role="dialog"]');
const button = (page: Page, label: string) => page.locator(`button[aria-label="${label}"]`);
/** Where the dialog was mounted: 'outlet', 'shadow' or 'none'. */
const mountedIn = (page: Page) =>
  page.evaluate(() => {
    const sel = '[data-test-modal-id="send-invite-modal"] > .artdeco-modal.send-invite[role="dialog"][aria-labelledby="send-invite-modal"]';
    if (document.querySelector(`#artdeco-modal-outlet > div${sel}`)) return 'outlet';
    const shadow = document.querySelector('div#interop-outlet[data-testid="interop-shadowdom"]')?.shadowRoot;
    if (shadow?.querySelector(sel)) return document.querySelector('.send-invite') ? 'both' : 'shadow';
    return 'none';
  });

describe('simPage()', () => {
  test('inlines options, CSS and the simulator into one self-contained document', () => {
    const html = simPage('profile-2026', { limit: 300, outcome: 'email-gate' });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<script type="application/json" id="sim-options">{"limit":300,"outcome":"email-gate"}</script>');
    expect(html).toContain('<style id="sim-style">');
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\s(src|href)="?(https?:)?\/\//i);
    expect(html.indexOf('window.__simMarkup =')).toBeLessThan(html.indexOf('window.__simSent ='));
  });

  test('rejects unknown pages and options', () => {
    expect(() => simPage('../package')).toThrow(/no page/);
    expect(() => simPage('profile-2024', { limit: 250 as 200 })).toThrow(/limit/);
    expect(() => simPage('profile-2024', { outcome: 'x' as 'note' })).toThrow(/outcome/);
  });
});

describe('page markup', () => {
  test('2024 profile: era-C top card, sticky duplicate and sidebar decoys', async () => {
    const page = await sim('profile-2024');
    const facts = await page.evaluate(() => {
      const card = document.querySelector('main section.artdeco-card[data-member-id]')!;
      const text = (sel: string) => card.querySelector(sel)?.textContent?.trim();
      return {
        cards: document.querySelectorAll('section[data-member-id]').length,
        name: text('h1.text-heading-xlarge'),
        headline: text('.text-body-medium.break-words'),
        location: document.querySelector('#top-card-text-details-contact-info')?.parentElement?.previousElementSibling?.textContent?.trim(),
        company: card.querySelector('button[aria-label^="Current company: "]')?.getAttribute('aria-label'),
        school: card.querySelector('button[aria-label^="Education: "]')?.getAttribute('aria-label'),
        degree: text('.distance-badge .visually-hidden'),
        mutualStrong: card.querySelectorAll('a[href*="facetConnectionOf"] strong').length,
        mutualHidden: text('a[href*="facetConnectionOf"] .visually-hidden'),
        invites: document.querySelectorAll('button[aria-label^="Invite "]').length,
        primary: card.querySelectorAll('button[aria-label="Invite Daniel Okafor to connect"].pvs-profile-actions__action').length,
        sticky: document.querySelectorAll('.scaffold-layout-toolbar button[aria-label="Invite Daniel Okafor to connect"]').length,
        outlet: document.querySelector('#artdeco-modal-outlet')?.childElementCount,
      };
    });
    expect(facts).toEqual({
      cards: 1,
      name: 'Daniel Okafor',
      headline: 'Platform Engineer at Norrhamn Logistics | Kubernetes, Go',
      location: 'Gothenburg, Västra Götaland County, Sweden',
      company: 'Current company: Norrhamn Logistics. Click to skip to experience card',
      school: 'Education: Vesterby Institute of Technology. Click to skip to education card',
      degree: '2nd degree connection',
      mutualStrong: 4,
      mutualHidden: 'Lena Sjöberg, Marcus Thiel, and 3 other mutual connections',
      invites: 5,
      primary: 1,
      sticky: 1,
      outlet: 0,
    });
  });

  test('2026 profile: Topcard key twice, no h1, one visible degree, two action bars, empty shadow host', async () => {
    const page = await sim('profile-2026');
    const facts = await page.evaluate(() => {
      const key = 'com.linkedin.sdui.profile.card.refACoAAFSimLuciaFerrer04qTopcard';
      const card = document.querySelector(`div[id="${key}"][componentkey="${key}"] > div > section[componentkey="${key}"]`)!;
      const host = document.querySelector<HTMLElement>('div#interop-outlet[data-testid="interop-shadowdom"]')!;
      const ps = [...card.querySelectorAll('p')];
      return {
        screen: !!document.querySelector('[data-sdui-screen="com.linkedin.sdui.flagshipnav.profile.Profile"] main#workspace section[aria-label="Primary content"]'),
        h1: document.querySelectorAll('h1').length,
        name: card.querySelector('h2')?.textContent,
        degrees: ps.filter((p) => /^· /.test(p.textContent!)).map((p) => `${p.textContent}:${getComputedStyle(p).display}`),
        subline: ps.find((p) => p.textContent!.includes(' · '))?.textContent,
        orgs: [...card.querySelectorAll('div[role="button"] > p > span')].map((s) => s.textContent),
        contact: card.querySelector('a[href="/in/lucia-ferrer/overlay/contact-info/"]')?.closest('div')?.firstElementChild?.textContent,
        mutual: card.querySelector('a[href*="connectionOf"][href*="network=%5B%22F%22%5D&"]')?.textContent,
        connects: [...card.querySelectorAll('a[aria-label="Invite Lucía Ferrer to connect"]')].map(
          (a) => `${a.getAttribute('href')} ${a.getAttribute('componentkey')} ${a.checkVisibility()}`,
        ),
        toolbar: !!document.querySelector('[role="toolbar"] button[aria-label="More"]'),
        decoys: document.querySelectorAll('aside button[componentkey^="ConnectButtonstate"][aria-label^="Invite Sample Person"]').length,
        host: { height: host.getBoundingClientRect().height, last: host.nextElementSibling?.matches('iframe[data-testid="interop-iframe"]'), open: !!host.shadowRoot, children: host.shadowRoot?.querySelectorAll('div').length },
      };
    });
    expect(facts).toEqual({
      screen: true,
      h1: 0,
      name: 'Lucía Ferrer',
      degrees: ['· 1st:none', '· 2nd:block'],
      subline: 'Calloway Mobility · Universitat de Santa Brígida',
      orgs: ['Calloway Mobility', 'Universitat de Santa Brígida'],
      contact: 'Valencia, Valencian Community, Spain',
      mutual: 'Tomás Ibarra, Hanna Keller and 4 other mutual connections',
      connects: [
        '/preload/custom-invite/?vanityName=lucia-ferrer ConnectButtonstate:invitation:urn:li:member:640218835_connect true',
        '/preload/custom-invite/?vanityName=lucia-ferrer ConnectButtonstate:invitation:urn:li:member:640218835_connect false',
      ],
      toolbar: true,
      decoys: 3,
      host: { height: 0, last: true, open: true, children: 0 },
    });
  });

  test('a name that looks like HTML is shown as text everywhere, and nothing runs', async () => {
    const page = await sim('profile-hostile-name');
    const name = 'Alex <img src=x onerror=alert(1)> Moreau';
    expect(await page.locator('section[componentkey$="Topcard"] h2').textContent()).toBe(name);
    expect(await page.evaluate(() => document.querySelectorAll('img, main b, main i, main script').length)).toBe(0);
    expect(await page.title()).toBe(`${name} | LinkedIn`);
    await page.locator(`main a[aria-label="Invite ${name} to connect"]`).first().click();
    expect(await inviteDialog(page).locator('strong').textContent()).toBe(name);
    await button(page, 'Send without a note').click();
    expect(await sent(page)).toEqual([{ name, note: null }]);
    expect(await page.locator(`main a[aria-label="Pending, click to withdraw invitation sent to ${name}"]`).count()).toBe(2);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
  });
});

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

describe('SPA navigation', () => {
  test('a profile link swaps the person and the URL without reloading', async () => {
    const page = await sim('profile-2026');
    await page.evaluate(() => ((window as any).__sameDocument = true));
    await page.locator('main a[aria-label^="Invite Lucía"]').first().click();
    // The open modal covers the page, so the link is clicked from script (as a keyboard user could).
    await page.locator('aside a[data-sim-nav="/in/kenji-watanabe-7/"]').dispatchEvent('click');
    expect(await page.evaluate(() => location.pathname)).toBe('/in/kenji-watanabe-7/');
    expect(await mountedIn(page)).toBe('none'); // navigation closes the dialog
    const name = page.locator('section[componentkey$="Topcard"] h2');
    await expect.poll(() => name.textContent()).toBe('Kenji Watanabe');
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
    expect(await page.locator('[id$="Topcard"]').getAttribute('id')).toBe('com.linkedin.sdui.profile.card.refACoAAFSimKenjiWatanabe05rTopcard');
    expect(await page.locator('main a[aria-label^="Invite "]').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')))).toEqual([
      'Invite Kenji Watanabe to connect',
      'Invite Kenji Watanabe to connect',
    ]);
    expect(await page.locator('[role="toolbar"]').textContent()).toContain('Kenji Watanabe');
    expect(await page.title()).toBe('Kenji Watanabe | LinkedIn');

    await page.locator('aside a[data-sim-nav="/in/aino-virtanen/"]').click();
    await expect.poll(() => name.textContent()).toBe('Aino Virtanen');
    expect(await page.locator('main a[aria-label^="Invite "]').count()).toBe(0); // 1st degree: no Connect
    await page.goBack();
    await expect.poll(() => name.textContent()).toBe('Kenji Watanabe');
    expect(await page.evaluate(() => location.pathname)).toBe('/in/kenji-watanabe-7/');
  });

  test('2024 page: the old top card stays until the new one renders', async () => {
    const page = await sim('profile-2024', { navDelayMs: 300 });
    await page.locator('a[data-sim-nav="/in/ines-carvalho/"]').click();
    expect(await page.evaluate(() => location.pathname)).toBe('/in/ines-carvalho/');
    expect(await page.locator('section[data-member-id] h1').textContent()).toBe('Daniel Okafor');
    await expect.poll(() => page.locator('section[data-member-id] h1').textContent()).toBe('Ines Carvalho');
    expect(await page.locator('section[data-member-id]').getAttribute('data-member-id')).toBe('771204658');
    // Ines is 3rd degree with Connect only in More: the dropdown item is in the DOM while closed.
    expect(await page.locator('main .pvs-profile-actions div[role="button"].artdeco-dropdown__item[aria-label="Invite Ines Carvalho to connect"]').count()).toBe(1);
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

describe('the whole file', () => {
  test('no page error, no alert, and nothing left the browser', () => {
    expect(problems).toEqual([]);
    expect(ext.unexpectedRequests).toEqual([]);
  });
});
