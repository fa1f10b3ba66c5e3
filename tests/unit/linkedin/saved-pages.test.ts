// The reader against every saved LinkedIn page (tests/fixtures/linkedin/, copied from
// shared/fixtures/linkedin/) and every field of its expected.json.
import { describe, expect, test } from 'vitest';
import { findConnectControls, findInviteDialog, pageKind, splitName } from '../../../src/linkedin';
import { loadPage, readJson, readNamed } from './fixtures';

interface Expected {
  file: string;
  pageKind: 'profile' | 'own-profile' | 'excerpt';
  fullName: string;
  firstName: string;
  headline: string | null;
  location: string | null;
  currentCompany: string | null;
  school: string | null;
  degree: string | null;
  connect: 'primary' | 'more' | 'none' | 'dialog-only';
  mutualConnections: { count: number; names: string[] } | null;
}

const expected = readJson<Expected[]>('expected.json');
const fullPages = expected.filter((e) => e.pageKind !== 'excerpt');
const excerpts = expected.filter((e) => e.pageKind === 'excerpt');

const personFields = (e: Pick<Expected, 'fullName' | 'firstName' | 'headline' | 'location' | 'currentCompany' | 'school' | 'degree' | 'mutualConnections'>) => ({
  fullName: e.fullName,
  firstName: e.firstName,
  headline: e.headline,
  location: e.location,
  currentCompany: e.currentCompany,
  school: e.school,
  degree: e.degree,
  mutualConnections: e.mutualConnections,
});

test('every saved page has an expectation', () => {
  expect(expected).toHaveLength(11);
  expect(fullPages).toHaveLength(9);
});

describe.each(fullPages)('$file', (page) => {
  const doc = loadPage(page.file);
  const read = readNamed(doc);

  test('reads every person field exactly as expected.json says', () => {
    expect(personFields(read as never)).toEqual(personFields(page));
  });

  test(`Connect is ${page.connect}`, () => {
    expect(read.connect).toBe(page.connect);
    const placements = findConnectControls(doc).map((c) => c.placement);
    expect(placements).toEqual(page.connect === 'none' ? [] : [page.connect]);
  });

  test('every Connect control found invites the subject, never a sidebar person', () => {
    for (const control of findConnectControls(doc)) {
      expect(control.person.name).toBe(page.fullName);
      expect(control.person.vanity).toBe(read.vanity);
    }
  });

  test(`is a ${page.pageKind} page by its URL and document`, () => {
    expect(read.vanity).toMatch(/^[a-z0-9-]+$/);
    expect(read.profileUrl).toBe(`https://www.linkedin.com/in/${read.vanity}/`);
    expect(pageKind(read.profileUrl!)).toBe('profile');
    expect(pageKind(read.profileUrl!, doc)).toBe(page.pageKind);
  });

  test('missing lists exactly the person fields that are null', () => {
    const nulls = Object.entries(personFields(page)).filter(([, v]) => v === null).map(([k]) => k);
    for (const field of nulls) expect(read.missing).toContain(field);
    expect(read.missing).not.toContain('fullName');
    expect(read.missing).not.toContain('topCard');
  });
});

// The two excerpts are fragments pasted from DevTools: there is no top card, so readProfile
// rightly finds no profile (pageKind 'excerpt' is not a page kind; it is not asserted). The person
// is the one the Connect control names, and expected.json's Connect location means:
//   'more'        — the only Connect control is a More-menu item (a[role=menuitem]);
//   'dialog-only' — no top-card Connect ('none'), but a Connect control outside any card or menu
//                   (a search result's button) and the invite dialog's own controls are present.
describe.each(excerpts)('$file (excerpt)', (page) => {
  const doc = loadPage(page.file);
  const read = readNamed(doc);
  const controls = findConnectControls(doc);

  test('has no top card, so every profile field is null and reported missing', () => {
    expect(read.missing).toContain('topCard');
    expect(personFields({ ...read, fullName: page.fullName, firstName: page.firstName } as never)).toEqual(personFields(page));
    expect(read.connect).toBe('none');
  });

  test('the Connect control names the person, whose first name is as expected', () => {
    expect(controls).toHaveLength(1);
    expect(controls[0]!.person.name).toBe(page.fullName);
    expect(splitName(controls[0]!.person.name).firstName).toBe(page.firstName);
  });

  test(`the Connect location reads as ${page.connect}`, () => {
    const placement = controls[0]!.placement;
    if (page.connect === 'dialog-only') {
      expect(placement).toBe('other');
      expect(findInviteDialog(doc)).not.toBeNull();
    } else {
      expect(placement).toBe(page.connect);
    }
  });
});
