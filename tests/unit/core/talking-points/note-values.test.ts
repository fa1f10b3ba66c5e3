// The talking-point template variables: filled from About you + the profile, in the template's
// language, falling back when nothing is shared; the composer's note target reads the page's cards.
import { describe, expect, test } from 'vitest';
import { Settings } from '../../../../src/core/schemas';
import { starterTemplates } from '../../../../src/core/starter-templates';
import { renderTemplate } from '../../../../src/core/template';
import { textLanguage } from '../../../../src/core/talking-points';
import { toNoteContext } from '../../../../src/core/person';
import { noteTarget } from '../../../../src/composer/note-context';
import { readProfile } from '../../../../src/linkedin';
import { loadPage } from '../../linkedin/fixtures';

const NOW = new Date(2026, 11, 3);
const about = Settings.parse({
  about: {
    schools: [{ name: 'Universidad de Altamira', pageKey: 'school/universidad-de-altamira', start: { year: 2015 }, end: { year: 2019 } }],
    employers: [{ name: 'Quayside Energy', start: { year: 2021, month: 9 }, current: true }],
  },
}).about;
const template = (id: string) => starterTemplates.find((t) => t.id === `starter-${id}`)!.body;

describe('template variables from talking points', () => {
  test('textLanguage tells the German starter from the English ones', () => {
    expect(textLanguage(template('common-ground-de'))).toBe('de');
    for (const t of starterTemplates.filter((s) => !s.id.endsWith('-de'))) expect(textLanguage(t.body), t.id).toBe('en');
  });

  test('the options preview / side panel context: shared school from the reported top card', () => {
    const context = toNoteContext(
      { profileUrl: 'https://www.linkedin.com/in/lena/', firstName: 'Lena', school: 'Universidad de Altamira', company: 'Harbourline' },
      { myName: '', myInterest: '', about }, { now: NOW },
    );
    expect(context).toMatchObject({ commonGround: 'we both studied at Universidad de Altamira', sharedSchool: 'Universidad de Altamira' });
    expect(context.sharedCompany).toBeUndefined();
    expect(renderTemplate(template('common-ground'), context).text).toBe(
      "Hi Lena, we both studied at Universidad de Altamira, so I wanted to say hello. I'm working on something close to your field. Would you like to connect?",
    );
    expect(renderTemplate(template('common-ground-de'), context).text).toMatch(/^Hallo Lena, wir haben beide an Universidad de Altamira studiert, darum melde ich mich\./);
  });

  test('nothing shared: the fallback, never an empty phrase', () => {
    const context = toNoteContext({ profileUrl: 'https://www.linkedin.com/in/x/', firstName: 'Bo', school: 'Elsewhere' }, { myName: '', myInterest: '', about }, { now: NOW });
    expect(context.commonGround).toBeUndefined();
    expect(renderTemplate('Hi {{firstName}}, {{commonGround|hello}}. {{sharedSchool}} rocks.', context).text).toBe('Hi Bo, hello.');
  });

  test('the composer reads the page: school with overlapping years, a German date line, hostile text as text', () => {
    const doc = loadPage('constructed/2026-profile-sections.html');
    const profile = readProfile(doc, 'https://www.linkedin.com/in/lena-okafor-a1b2/');
    const target = noteTarget(null, profile, { myName: 'Sam', myInterest: '', about }, doc);
    expect(target.points.en[0]).toMatchObject({ kind: 'school', subject: 'Universidad de Altamira', overlap: true });
    expect(target.context.commonGround).toBe('we were at Universidad de Altamira at the same time');
    expect(target.context.byLanguage?.de?.commonGround).toBe('wir waren zur selben Zeit an Universidad de Altamira');
    const none = noteTarget(null, profile, { myName: 'Sam', myInterest: '' }, doc);
    expect(none.points.en).toEqual([]);
    expect(none.context.commonGround).toBeUndefined();
  }, 30_000);
});
