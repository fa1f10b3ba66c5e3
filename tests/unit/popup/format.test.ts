// Names, plurals, meters and the follow-up message for one person.
import { describe, expect, test } from 'vitest';
import { countText, dayText, meterFraction, meterLevel, noteLine, pluralForm } from '../../../src/popup/format';
import { followUpMessage, pickFollowUpTemplate } from '../../../src/popup/follow-up';
import { followUpTemplates } from '../../../src/core/template-choice';
import type { Template } from '../../../src/core/schemas';
import { personFromInvitation } from '../../../src/core/invitation-person';
import { toNoteContext } from '../../../src/core/person';

const followUpContext = (invitation: { name: string; company?: string }, settings: null) =>
  toNoteContext(personFromInvitation(invitation), settings ?? { myName: '', myInterest: '' });

describe('pluralForm', () => {
  test('English and German: one for 1, other for 0 and many', () => {
    for (const lang of ['en', 'de']) {
      expect(pluralForm(1, lang)).toBe('one');
      expect(pluralForm(0, lang)).toBe('other');
      expect(pluralForm(12, lang)).toBe('other');
    }
  });
  test('an unknown language tag falls back to 1 = one', () => {
    expect(pluralForm(1, '!!')).toBe('one');
    expect(pluralForm(2, '!!')).toBe('other');
  });
});

describe('counts and days in the UI language', () => {
  test('English and German write them their own way', () => {
    expect(countText(10_000, 'en')).toBe('10,000');
    expect(countText(10_000, 'de')).toBe('10.000');
    const day = new Date(2026, 11, 4, 12);
    expect(dayText(day, 'en')).toBe('Dec 4, 2026');
    expect(dayText(day, 'de')).toBe('4. Dez. 2026');
  });
  test('the same again (from the kept formatter), and an unknown language tag still gives digits', () => {
    expect(countText(1234, 'en')).toBe('1,234');
    expect(countText(1234, 'en')).toBe('1,234');
    expect(countText(1234, '!!')).toBe('1234');
    expect(dayText(new Date('not a date'), 'en')).toBe('');
    expect(dayText(new Date(2026, 0, 2), '!!')).toContain('2026');
  });
});

describe('meters', () => {
  test('levels: ok below 80 %, near from 80 %, full at the limit', () => {
    expect(meterLevel(10, 100)).toBe('ok');
    expect(meterLevel(80, 100)).toBe('near');
    expect(meterLevel(100, 100)).toBe('full');
    expect(meterLevel(7, 5)).toBe('full');
    expect(meterLevel(0, 0)).toBe('full');
  });
  test('fraction is clamped to 0‥1', () => {
    expect(meterFraction(3, 5)).toBeCloseTo(0.6);
    expect(meterFraction(9, 5)).toBe(1);
    expect(meterFraction(1, 0)).toBe(1);
  });
});

test('noteLine collapses line breaks for the one-line row', () => {
  expect(noteLine(' Hi Ana,\n\nloved your talk.  ')).toBe('Hi Ana, loved your talk.');
});

describe('follow-up message', () => {
  const ana = { name: 'Ana López', company: 'Acme', headline: 'Data engineer' };
  const settings = { myName: 'Sam', myInterest: 'data tooling' };
  const templates: Template[] = [
    { id: 'inv', name: 'Invite', body: 'Invite {{firstName}}', kind: 'invitation' },
    { id: 'f1', name: 'Nudge', body: 'Hi {{firstName}}, how is {{company}}? — {{myName}}', kind: 'follow-up' },
    { id: 'f2', name: 'Short', body: 'Hello {{fullName}}.', kind: 'follow-up' },
  ];

  test('only follow-up templates are offered; the chosen one wins, else the first', () => {
    expect(followUpTemplates(templates).map((t) => t.id)).toEqual(['f1', 'f2']);
    expect(pickFollowUpTemplate(templates, null)?.id).toBe('f1');
    expect(pickFollowUpTemplate(templates, 'f2')?.id).toBe('f2');
    expect(pickFollowUpTemplate(templates, 'inv')?.id).toBe('f1');
    expect(pickFollowUpTemplate([templates[0]!], null)).toBeUndefined();
  });

  test('is rendered with the stored person and my settings', () => {
    expect(followUpMessage(ana, templates[1], 'fallback', settings)).toBe('Hi Ana, how is Acme? — Sam');
    expect(followUpContext(ana, null)).toMatchObject({ firstName: 'Ana', lastName: 'López', fullName: 'Ana López', company: 'Acme' });
    // The same split as the reader's: titles, credentials and emoji are not names.
    expect(followUpContext({ name: 'Dr. Ana María López, PhD 🚀' }, null)).toMatchObject({ firstName: 'Ana', lastName: 'María López' });
  });

  test('without a template the fallback body is rendered, dropping what is unknown', () => {
    const text = followUpMessage({ name: 'Ana López' }, undefined, 'Hi {{firstName}}, thanks.\n{{myName}}', null);
    expect(text).toBe('Hi Ana, thanks.');
  });

  test('greets by the first name the invitation used (Anu Priya), not a second split of the name', () => {
    const body = 'Hi {{firstName}} {{lastName}}, following up.';
    expect(followUpMessage({ name: 'Anu Priya Velamuri', greetedFirstName: 'Anu Priya' }, undefined, body, null)).toBe('Hi Anu Priya Velamuri, following up.');
    // An invitation stored before the greeted name was kept: the split, as before.
    expect(followUpMessage({ name: 'Anu Priya Velamuri' }, undefined, body, null)).toBe('Hi Anu Priya Velamuri, following up.');
    expect(followUpMessage({ name: 'Anu Priya Velamuri' }, undefined, 'Hi {{firstName}}!', null)).toBe('Hi Anu!');
    expect(followUpMessage({ name: 'Anu Priya Velamuri', greetedFirstName: 'Anu Priya' }, undefined, 'Hi {{firstName}}!', null)).toBe('Hi Anu Priya!');
  });
});
