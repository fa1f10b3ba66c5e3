// The side panel's pure pieces: what a template is filled with, which limits count, which
// template is offered first.
import { describe, expect, test } from 'vitest';
import { defaultSettings, type Template } from '../../../src/core/schemas';
import { renderTemplate } from '../../../src/core/template';
import { countAgainst, noteLimits } from '../../../src/sidepanel/limits';
import { displayName, sameProfile } from '../../../src/sidepanel/note-context';
import { toNoteContext } from '../../../src/core/person';
import { chooseTemplate, invitationTemplates } from '../../../src/core/template-choice';
import type { ObservedProfile } from '../../../src/shared/messages';

const ana: ObservedProfile = {
  profileUrl: 'https://www.linkedin.com/in/ana-souza/',
  fullName: 'Ana Souza',
  firstName: 'Ana',
  company: 'Acme',
  relation: 'connectable',
};

describe('toNoteContext (side panel)', () => {
  test('carries the profile and the person’s own name, leaving empty values out', () => {
    const context = toNoteContext({ ...ana, headline: '  ', mutualCount: 0 }, { myName: ' Sam ', myInterest: '' });
    expect(context).toEqual({ fullName: 'Ana Souza', firstName: 'Ana', company: 'Acme', myName: 'Sam' });
  });

  test('fills a template so missing details drop their sentence instead of leaving a gap', () => {
    const context = toNoteContext(ana, { myName: 'Sam', myInterest: '' });
    const out = renderTemplate('Hi {{firstName}}, I saw you work at {{company}}. I went to {{school}}. — {{myName}}', context);
    expect(out.text).toBe('Hi Ana, I saw you work at Acme. — Sam');
    expect(out.missing).toEqual(['school']);
  });

  test('a positive mutual count is kept as a number', () => {
    expect(toNoteContext({ ...ana, mutualCount: 4, mutualName: 'Bo' }, defaultSettings)).toMatchObject({ mutualCount: 4, mutualName: 'Bo' });
  });
});

describe('displayName and sameProfile', () => {
  test('the full name, else first and last name, else the address', () => {
    expect(displayName(ana)).toBe('Ana Souza');
    expect(displayName({ profileUrl: ana.profileUrl, firstName: 'Ana', lastName: 'S.', relation: 'unknown' })).toBe('Ana S.');
    expect(displayName({ profileUrl: ana.profileUrl, relation: 'unknown' })).toBe(ana.profileUrl);
  });

  test('two reports are the same only when every field is', () => {
    expect(sameProfile(ana, { ...ana })).toBe(true);
    expect(sameProfile(ana, { ...ana, company: 'Globex' })).toBe(false);
    expect(sameProfile(ana, { ...ana, school: 'USP' })).toBe(false);
    expect(sameProfile(null, null)).toBe(true);
    expect(sameProfile(ana, null)).toBe(false);
  });
});

describe('noteLimits', () => {
  test('a fixed setting counts against that limit alone', () => {
    expect(noteLimits('200')).toEqual({ coach: 200, parts: [{ limit: 200 }] });
    expect(noteLimits('300')).toEqual({ coach: 300, parts: [{ limit: 300 }] });
  });

  test("'auto' coaches for the free limit, as the composer without a dialog and the options page do", () => {
    expect(noteLimits('auto').coach).toBe(200);
  });

  test("'auto' counts against both the free and the Premium limit", () => {
    const parts = countAgainst('x'.repeat(250), noteLimits('auto'));
    expect(parts).toEqual([
      { limit: 200, account: 'free', used: 250, over: 50 },
      { limit: 300, account: 'premium', used: 250, over: 0 },
    ]);
  });

  test('counts the way LinkedIn’s box does (CRLF is one character, an emoji two)', () => {
    expect(countAgainst('a\r\nb😀', noteLimits('200'))[0]).toMatchObject({ used: 5, over: 0 });
  });
});

describe('templates offered', () => {
  const tpl = (id: string, kind: Template['kind'] = 'invitation'): Template => ({ id, name: id, body: `Hi {{firstName}} (${id})`, kind });

  test('only invitation templates; the starters when there are none', () => {
    expect(invitationTemplates([tpl('a'), tpl('f', 'follow-up'), tpl('b')]).map((t) => t.id)).toEqual(['a', 'b']);
    const starters = invitationTemplates([tpl('f', 'follow-up')]);
    expect(starters.length).toBeGreaterThan(0);
    expect(starters.every((t) => t.kind === 'invitation' && t.id.startsWith('starter-'))).toBe(true);
  });

  test('the person’s choice, else their default, else the first', () => {
    const list = [tpl('a'), tpl('b'), tpl('c')];
    expect(chooseTemplate(list, 'c', 'b')?.id).toBe('c');
    expect(chooseTemplate(list, null, 'b')?.id).toBe('b');
    expect(chooseTemplate(list, 'gone', 'gone-too')?.id).toBe('a');
    expect(chooseTemplate([], null)).toBeNull();
  });
});
