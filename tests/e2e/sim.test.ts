// The LinkedIn page simulator (tests/fixtures/sim) in real Chromium: its pages carry the documented
// markup, and its SPA navigation behaves like LinkedIn's. The extension is loaded but plays no part here.
import { describe, expect, test } from 'vitest';
import { simPage } from '../fixtures/sim/pages';
import { button, inviteDialog, mountedIn, sent, useSimBrowser } from './sim-session';

const { sim, checkTheWholeFile } = useSimBrowser();

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

checkTheWholeFile();
