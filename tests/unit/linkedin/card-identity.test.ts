// Who the top card is about: found by structure, confirmed by independent signals, and never a
// wrong person — a card naming two people, or none, reads nothing (issue 16, "bad input").
import { describe, expect, test } from 'vitest';
import { readProfile, splitName } from '../../../src/linkedin';
import { readNamed } from './fixtures';
import { isPartOfName, titleName } from '../../../src/linkedin/card-evidence';
import { findTopCard } from '../../../src/linkedin/top-card';

interface CardSpec {
  title?: string;
  /** Inner markup of the card section (our own, era-D-like, no keys). */
  card: string;
  toolbar?: string;
}

const page = ({ title = 'LinkedIn', card, toolbar = '' }: CardSpec) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>
      <div role="toolbar">${toolbar}</div>
      <main><section aria-label="Primary content"><div><section>${card}</section></div>
        <section><h2>About</h2><p>Text</p></section></section>
        <aside><section><h2>People you may know</h2><p><a href="/in/sample-9/">Sample Person 9</a></p>
          <button aria-label="Invite Sample Person 9 to connect">Connect</button></section></aside>
      </main></body></html>`,
    'text/html',
  );

const body = (name: string, extra = '') => `
  <div><h2>${name}</h2></div><p>· 2nd</p><p>Engineer at Harbourline</p><p>Harbourline · Kessel University</p>
  <div><p>Hamburg, Germany</p><span aria-hidden="true">·</span><p><a href="#">Contact info</a></p></div>${extra}`;

describe('a card is confirmed by at least one independent signal', () => {
  test('the title alone ("(3) Name | LinkedIn") confirms it', () => {
    const read = readNamed(page({ title: '(3) Lena Okafor | LinkedIn', card: body('Lena Okafor') }));
    expect(read).toMatchObject({ fullName: 'Lena Okafor', firstName: 'Lena', location: 'Hamburg, Germany', currentCompany: 'Harbourline', school: 'Kessel University', era: 'D' });
  });

  test("a link to the page's own /in/<slug>/ confirms it", () => {
    const card = body('Lena Okafor', '<a href="/in/lena-okafor/overlay/contact-info/">Contact info</a>');
    expect(readProfile(page({ card }), 'https://www.linkedin.com/in/lena-okafor/').fullName).toBe('Lena Okafor');
    // Under another URL (SPA navigation, an /in/ACoAA… address) the card still says whom it shows:
    // the vanity is the card's, so content/page-profile.ts can tell a stale card from the new one.
    expect(readProfile(page({ card }), 'https://www.linkedin.com/in/marta-nowak/')).toMatchObject({ fullName: 'Lena Okafor', vanity: 'lena-okafor' });
    // Two people's profile links in the card, none the page's: no link signal.
    const two = body('Lena Okafor', '<a href="/in/lena-okafor/">x</a><a href="/in/marta-nowak/">y</a>');
    expect(readProfile(page({ card: two }), 'https://www.linkedin.com/in/someone/').fullName).toBeNull();
  });

  test('a label naming the member confirms it', () => {
    const card = body('Lena Okafor', '<a aria-label="Invite Lena Okafor to connect" href="/preload/custom-invite/?vanityName=x">Connect</a>');
    expect(readProfile(page({ card })).fullName).toBe('Lena Okafor');
  });

  test('a heading nothing confirms is not read as a name', () => {
    const read = readProfile(page({ card: body('Lena Okafor') }));
    expect(read.fullName).toBeNull();
    expect(read.missing).toContain('topCard');
  });
});

describe('bad input reads nothing rather than a wrong person', () => {
  test('a label in the card naming someone else', () => {
    const card = body('Lena Okafor', '<a aria-label="Invite Marta Nowak to connect" href="/preload/custom-invite/?vanityName=m">Connect</a>');
    const read = readNamed(page({ title: 'Lena Okafor | LinkedIn', card }));
    expect(read).toMatchObject({ fullName: null, firstName: null, headline: null, currentCompany: null, era: null });
  });

  test('two different names in one card, each backed by a signal', () => {
    const card = `<h2>Lena Okafor</h2><h2>Marta Nowak</h2><p>Engineer</p>
      <button aria-label="Message Lena">Message</button><button aria-label="Message Marta">Message</button>`;
    expect(readProfile(page({ title: 'Lena Okafor | LinkedIn', card })).fullName).toBeNull();
  });

  test('a card with no name at all', () => {
    const card = '<p>Engineer at Harbourline</p><a href="/in/lena-okafor/">Profile</a>';
    expect(readProfile(page({ title: 'Lena Okafor | LinkedIn', card })).fullName).toBeNull();
  });

  test('a keyed Topcard without a name heading is not trusted either', () => {
    const key = 'com.linkedin.sdui.profile.card.refACoAAxTopcard';
    const card = `</section><section componentkey="${key}"><p>Lena Okafor</p><p>Engineer</p>`;
    expect(findTopCard(page({ title: 'Lena Okafor | LinkedIn', card }))).toBeNull();
  });

  test('the sticky toolbar and the sidebar are never read, even when they hold the only name', () => {
    const doc = page({ title: 'Lena Okafor | LinkedIn', card: '<p>Loading…</p>', toolbar: '<h2>Lena Okafor</h2><button aria-label="Invite Lena Okafor to connect">Connect</button>' });
    expect(readProfile(doc).fullName).toBeNull();
  });
});

describe('first name from every label that names the member', () => {
  test('a given name shown last ("Kovács Ádám", "View Ádám’s verifications")', () => {
    const card = body('Kovács Ádám', '<button aria-label="View Ádám’s verifications"></button>');
    expect(readProfile(page({ card }))).toMatchObject({ fullName: 'Kovács Ádám', firstNameHints: ['Ádám'] });
    expect(readNamed(page({ card }))).toMatchObject({ fullName: 'Kovács Ádám', firstName: 'Ádám', lastName: 'Kovács' });
  });

  test('a first-name label that is no word of the name is a conflict, not a hint', () => {
    const card = body('Kovács Ádám', '<button aria-label="View Zoltán’s verifications"></button>');
    expect(readProfile(page({ title: 'Kovács Ádám | LinkedIn', card })).fullName).toBeNull();
  });

  test('splitName keeps its signature and takes a hint at any word position', () => {
    expect(splitName('Kovács Ádám', ['Ádám'])).toEqual({ firstName: 'Ádám', lastName: 'Kovács' });
    expect(splitName('Anu Priya Velamuri', ['Anu Priya'])).toEqual({ firstName: 'Anu Priya', lastName: 'Velamuri' });
    expect(splitName('Kovács Ádám', ['Ádá'])).toEqual({ firstName: 'Kovács', lastName: 'Ádám' }); // not a whole word
    expect(splitName('Kovács Ádám', ['Kovács Ádám'])).toEqual({ firstName: 'Kovács', lastName: 'Ádám' }); // not shorter
  });
});

test('title and name-part helpers', () => {
  expect(titleName('(3) Lena Okafor | LinkedIn')).toBe('Lena Okafor');
  expect(titleName('(99+) Lena Okafor 🚀 | LinkedIn')).toBe('Lena Okafor');
  expect(titleName('Feed | LinkedIn')).toBe('Feed');
  expect(titleName('LinkedIn')).toBeNull();
  expect(isPartOfName('ádám', 'Kovács Ádám')).toBe(true);
  expect(isPartOfName('Ádá', 'Kovács Ádám')).toBe(false);
  expect(isPartOfName("Callum O&#39;Ferrall", "Callum O'Ferrall")).toBe(true);
});

describe('one walk of the page finds the keyed card and the open menus (reader speed, issue 16)', () => {
  const lena = body('Lena Okafor', '<a aria-label="Message Lena" href="/messaging/">Message</a>');
  const menu = (wrapper: 'portal' | 'popover' | 'none') => {
    const items = `<div role="menu"><a role="menuitem" href="/preload/custom-invite/?vanityName=lena-okafor"><div aria-label="Invite Lena Okafor to connect">Connect</div></a></div>`;
    return wrapper === 'portal' ? `<div data-floating-ui-portal="">${items}</div>` : wrapper === 'popover' ? `<div popover="manual">${items}</div>` : items;
  };
  const withMenu = (wrapper: 'portal' | 'popover' | 'none') => {
    const doc = page({ title: 'Lena Okafor | LinkedIn', card: lena });
    doc.body.insertAdjacentHTML('beforeend', menu(wrapper));
    return doc;
  };

  test('a key keeps its priority over a later era’s, wherever each stands on the page', () => {
    const key = 'com.linkedin.sdui.profile.card.refACoAAxTopcard';
    // An era-B/C card first in the page, the era-D keyed card after it: the Topcard key wins.
    const doc = page({ title: 'Lena Okafor | LinkedIn', card: `<section data-member-id="1">${lena}</section><div componentkey="${key}">${lena}</div>` });
    const card = findTopCard(doc);
    expect(card?.era).toBe('D');
    expect(card?.root.getAttribute('componentkey')).toBe(key);
  });

  test('Connect in an open menu counts only inside a portal, read from the page or from a part of it', () => {
    expect(readProfile(withMenu('portal')).connect).toBe('more');
    expect(readProfile(withMenu('popover')).connect).toBe('more');
    expect(readProfile(withMenu('none')).connect).toBe('none');
    // Reading only the profile column still looks through the page's portals.
    const doc = withMenu('portal');
    expect(readProfile(doc.querySelector('main')!).connect).toBe('more');
  });
});
