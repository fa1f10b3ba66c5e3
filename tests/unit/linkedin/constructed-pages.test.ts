// The reader against the pages we constructed from LINKEDIN.md's era-D (2026) facts, table-driven
// from tests/fixtures/linkedin/constructed/expected.json.
import { describe, expect, test } from 'vitest';
import {
  connectControlAt, findConnectControls, findInviteDialog, inviteeFromControl, pageKind, readProfile, readSentInvitations,
} from '../../../src/linkedin';
import { diagnose, loadPage, readJson, readNamed } from './fixtures';

interface ProfileCase {
  file: string;
  url: string;
  pageKind: string;
  connectControls: Array<{ placement: string; name: string; vanity: string }>;
  [field: string]: unknown;
}
interface SearchCase { file: string; url: string; pageKind: string; results: Array<{ name: string; vanity: string }> }
interface SentCase {
  file: string;
  url: string;
  pageKind: string;
  rows: Array<{ name: string; vanity: string; sentAgoText: string; sentDaysAgo: number; note: string | null; withdraw: string }>;
}
interface DialogCase {
  file: string;
  url?: string;
  pageKind?: string;
  stage: string;
  noteBox: 'textarea' | 'textbox' | null;
  noteLimit: number | null;
  freeInvitesRemaining: number | null;
  controls: { send: boolean; addNote: boolean; sendWithoutNote: boolean };
  inviteeName: string | null;
  inviteeVanity?: string;
}

const cases = readJson<{ profiles: ProfileCase[]; search: SearchCase[]; sent: SentCase[]; dialogs: DialogCase[] }>(
  'constructed/expected.json',
);
const PROFILE_FIELDS = [
  'fullName', 'firstName', 'lastName', 'headline', 'location', 'currentCompany', 'school', 'degree',
  'mutualConnections', 'vanity', 'profileUrl', 'connect', 'pending',
] as const;

describe.each(cases.profiles)('profile $file', (page) => {
  const doc = loadPage(`constructed/${page.file}`);
  const read = readNamed(doc, page.url);

  test.each(PROFILE_FIELDS)('%s', (field) => {
    expect(read[field]).toEqual(page[field]);
  });

  test('page kind from URL and document', () => {
    expect(pageKind(page.url, doc)).toBe(page.pageKind);
  });

  test('Connect controls: only the subject, one per placement despite two action bars', () => {
    const controls = findConnectControls(doc).map((c) => ({ placement: c.placement, name: c.person.name, vanity: c.person.vanity }));
    expect(controls).toEqual(page.connectControls);
  });

  test('diagnostics know the page and what was read', () => {
    const report = diagnose(doc, 'profile-unread', page.url);
    expect(report.kind).toBe(page.pageKind);
    expect(report.era).toBe('D');
    expect(report.found).toEqual(expect.arrayContaining(['topCard', 'fullName', 'vanity']));
    expect(report.missing).not.toContain('fullName');
  });
});

// The content script's first look at a pointer or key event (content/opener.ts): it must never miss
// a Connect control the page's reader finds, wherever inside it the event lands.
test.each([...cases.profiles.filter((c) => c.connectControls.length > 0), ...cases.search].map((c) => c.file))('%s: the first look at an event sees every Connect control', (file) => {
  const doc = loadPage(`constructed/${file}`);
  const controls = findConnectControls(doc).map((c) => c.element);
  expect(controls.length).toBeGreaterThan(0);
  for (const control of controls) {
    for (const at of [control, ...Array.from(control.querySelectorAll('*'))]) expect(connectControlAt(at)).not.toBeNull();
  }
  for (const heading of Array.from(doc.querySelectorAll('h1, h2'))) expect(connectControlAt(heading)).toBeNull();
});

test('era D: the visible action bar is preferred when both bars carry Connect', () => {
  const doc = loadPage('constructed/2026-profile-connect-primary.html');
  const [control] = findConnectControls(doc);
  expect(control!.element.closest('._e41b9a07')).toBeNull(); // the CSS-hidden narrow bar
});

test('era D: without styles the degree is not guessed from two markers', () => {
  const doc = loadPage('constructed/2026-profile-connect-primary.html');
  for (const style of Array.from(doc.querySelectorAll('style'))) style.remove();
  expect(readProfile(doc).degree).toBeNull();
});

test('era D: a closed More menu leaves Connect undetermined and says so', () => {
  const doc = loadPage('constructed/2026-profile-connect-in-more.html');
  doc.querySelector('[data-floating-ui-portal]')!.remove();
  const read = readProfile(doc);
  expect(read.connect).toBe('none');
  expect(read.missing).toContain('connect');
});

test('era D: a portal menu for someone else is not the subject\'s Connect', () => {
  const doc = loadPage('constructed/2026-profile-connect-in-more.html');
  const item = doc.querySelector('[data-floating-ui-portal] a[role="menuitem"]')!;
  item.setAttribute('href', '/preload/custom-invite/?vanityName=somebody-else');
  expect(readProfile(doc).connect).toBe('none');
});

describe.each(cases.search)('search $file', (page) => {
  const doc = loadPage(`constructed/${page.file}`);

  test('one Connect control per invitable result, each with its own person', () => {
    const controls = findConnectControls(doc);
    expect(controls.map((c) => c.placement)).toEqual(page.results.map(() => 'result'));
    expect(controls.map((c) => ({ name: c.person.name, vanity: c.person.vanity }))).toEqual(page.results);
  });

  test('a click anywhere inside a control resolves to that result\'s person', () => {
    for (const [i, control] of findConnectControls(doc).entries()) {
      const inner = control.element.querySelector('span') ?? control.element;
      expect(inviteeFromControl(inner).vanity).toBe(page.results[i]!.vanity);
    }
  });

  test('without its label a control still finds its person through the result card', () => {
    for (const [i, control] of findConnectControls(doc).entries()) {
      control.element.removeAttribute('aria-label');
      const person = inviteeFromControl(control.element);
      expect(person.vanity).toBe(page.results[i]!.vanity);
      expect(person.name).toBe(page.results[i]!.name);
    }
  });

  test('is not read as a profile, and diagnostics know the page', () => {
    expect(readProfile(doc).fullName).toBeNull();
    expect(pageKind(page.url, doc)).toBe(page.pageKind);
    expect(diagnose(doc, 'profile-unread', page.url)).toMatchObject({ kind: 'search-results', era: null, found: [] });
  });
});

describe.each(cases.sent)('sent invitations $file', (page) => {
  const doc = loadPage(`constructed/${page.file}`);

  test('reads every row', () => {
    const rows = readSentInvitations(doc).map((r) => ({
      name: r.name,
      vanity: r.vanity,
      sentAgoText: r.sentAgoText,
      sentDaysAgo: r.sentDaysAgo,
      note: r.note,
      withdraw: r.withdrawControl?.tagName.toLowerCase(),
    }));
    expect(rows).toEqual(page.rows);
  });

  test('canonical profile URLs, page kind and diagnostics', () => {
    for (const row of readSentInvitations(doc)) expect(row.profileUrl).toBe(`https://www.linkedin.com/in/${row.vanity}/`);
    expect(pageKind(page.url)).toBe(page.pageKind);
    expect(diagnose(doc, 'profile-unread', page.url).kind).toBe('sent-invitations');
  });
});

describe.each(cases.dialogs)('dialog $file', (page) => {
  const doc = loadPage(`constructed/${page.file}`);
  const dialog = findInviteDialog(doc, { pageUrl: page.url ?? null });

  test(`stage ${page.stage}, limit ${page.noteLimit}, quota ${page.freeInvitesRemaining}`, () => {
    expect(dialog).not.toBeNull();
    expect(dialog!.stage).toBe(page.stage);
    expect(dialog!.noteLimit).toBe(page.noteLimit);
    expect(dialog!.freeInvitesRemaining).toBe(page.freeInvitesRemaining);
    expect(dialog!.inShadowRoot).toBe(false);
  });

  test('note box and controls', () => {
    const box = dialog!.noteBox;
    expect(box === null ? null : box.tagName === 'TEXTAREA' ? 'textarea' : box.getAttribute('role')).toBe(page.noteBox);
    expect({ send: !!dialog!.sendButton, addNote: !!dialog!.addNoteButton, sendWithoutNote: !!dialog!.sendWithoutNoteButton }).toEqual(page.controls);
  });

  test('who the invitation is for', () => {
    expect(dialog!.invitee?.name ?? null).toBe(page.inviteeName);
    if (page.inviteeVanity) expect(dialog!.invitee?.vanity).toBe(page.inviteeVanity);
    if (page.url) expect(pageKind(page.url, doc)).toBe(page.pageKind);
  });
});

test('every constructed page is a standalone document: doctype, charset, title, no scripts or external resources', () => {
  const files = [...cases.profiles, ...cases.search, ...cases.sent, ...cases.dialogs].map((c) => c.file);
  for (const file of files) {
    const doc = loadPage(`constructed/${file}`);
    expect(doc.doctype?.name, file).toBe('html');
    expect(doc.querySelector('meta[charset]'), file).not.toBeNull();
    expect(doc.title.length, file).toBeGreaterThan(0);
    expect(doc.querySelectorAll('script, link, iframe, img[src]:not([src=""]), [style*="url("]').length, file).toBe(0);
  }
});
