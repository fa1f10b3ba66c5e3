// The own-profile offer's background side: reads only on request, returns what would be kept
// (never stores it), says when the page is not the person's own or holds nothing readable, and
// refuses malformed page results.
import { describe, expect, test } from 'vitest';
import { createBackground } from './background';
import { readOwnProfile } from '../../../src/composer/own-profile';
import { loadPage } from '../linkedin/fixtures';
import { pageKind } from '../../../src/linkedin';

// content.js decides whether a page is the person's own (composer.js asks it); the test asks the same reader.
const ownAs = (url: string, doc: Document) => () => pageKind(url, doc) === 'own-profile';

describe('about.own-profile', () => {
  test('own constructed profile: schools and employers with years and page links, nothing stored', async () => {
    const bg = createBackground();
    const doc = loadPage('constructed/2026-own-profile-sections.html');
    bg.ownProfilePage.value = readOwnProfile(doc, 'https://www.linkedin.com/in/sam-rivera-dev/', ownAs('https://www.linkedin.com/in/sam-rivera-dev/', doc));
    const { own, about } = await bg.send({ type: 'about.own-profile' });
    expect(own).toBe(true);
    expect(about?.schools).toEqual([
      { name: 'Universidad de Altamira', pageKey: 'school/universidad-de-altamira', start: { year: 2015 }, end: { year: 2019 } },
      { name: 'IES Sorolla' },
    ]);
    expect(about?.employers.map((e) => [e.name, e.title, e.current ?? false])).toEqual([
      ['Quayside Energy', 'Frontend Engineer', true], ['Quayside Energy', 'Junior Developer', false], ['Marlow Labs', 'Web Intern', false],
    ]);
    expect(about?.location).toBe('');
    expect(about?.capturedAt).toEqual(expect.any(String));
    const { settings } = await bg.send({ type: 'settings.get' });
    expect(settings.about.schools).toEqual([]);
  }, 30_000);

  test("someone else's profile is not read as yours", async () => {
    const bg = createBackground();
    const doc = loadPage('constructed/2026-profile-sections.html');
    bg.ownProfilePage.value = readOwnProfile(doc, 'https://www.linkedin.com/in/lena-okafor-a1b2/', ownAs('https://www.linkedin.com/in/lena-okafor-a1b2/', doc));
    expect(await bg.send({ type: 'about.own-profile' })).toEqual({ own: false, about: null });
  }, 30_000);

  test('own profile with nothing readable: own, but nothing to keep; no tab: not own', async () => {
    const bg = createBackground();
    bg.ownProfilePage.value = { own: true, schools: [], employers: [], location: '' };
    expect(await bg.send({ type: 'about.own-profile' })).toEqual({ own: true, about: null });
    bg.ownProfilePage.value = null;
    expect(await bg.send({ type: 'about.own-profile' })).toEqual({ own: false, about: null });
  });

  test('a malformed or oversized page result is refused, not trimmed silently', async () => {
    const bg = createBackground();
    bg.ownProfilePage.value = { own: true, schools: [{ name: 'x'.repeat(500) }], employers: [], location: '' };
    await expect(bg.send({ type: 'about.own-profile' })).rejects.toThrow(/could not be read/);
    bg.ownProfilePage.value = { own: true, schools: [{ name: 'A', pageKey: 'javascript:alert(1)' }], employers: [], location: '' };
    await expect(bg.send({ type: 'about.own-profile' })).rejects.toThrow();
  });
});
