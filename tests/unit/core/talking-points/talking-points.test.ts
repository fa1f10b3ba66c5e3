// Talking points from "you" + "them": a table of cases, each naming the points expected (kind,
// subject, overlap) in rank order, plus the phrases in English and German.
import { describe, expect, test } from 'vitest';
import { bestPoint, talkingPoints, type Background, type Stint, type Them } from '../../../../src/core/talking-points';

const NOW = new Date(2026, 11, 3); // 3 Dec 2026, local time

const school = (name: string, from?: number, to?: number, pageKey?: string): Stint => ({
  name, pageKey: pageKey ?? null, start: from ? { year: from } : null, end: to ? { year: to } : null,
});
const job = (name: string, from?: [number, number?], to?: [number, number?] | 'now', extra: Partial<Stint> = {}): Stint => ({
  name,
  start: from ? { year: from[0], ...(from[1] ? { month: from[1] } : {}) } : null,
  end: to && to !== 'now' ? { year: to[0], ...(to[1] ? { month: to[1] } : {}) } : null,
  current: to === 'now',
  ...extra,
});
const me = (b: Partial<Background>): Background => ({ schools: [], employers: [], ...b });
const them = (b: Partial<Them>): Them => ({ schools: [], employers: [], ...b });

type Expected = [kind: string, subject: string, overlap?: boolean | null];
const cases: [name: string, you: Background, they: Them, expected: Expected[]][] = [
  ['nothing shared → empty list', me({ schools: [school('MIT', 2010, 2014)], employers: [job('Acme', [2015], 'now')], location: 'Boston, MA, USA' }),
    them({ schools: [school('Stanford University', 2010, 2014)], employers: [job('Globex', [2016, 1], 'now')], location: 'Paris, Île-de-France, France' }), []],
  ['both sides empty → empty list', me({}), them({}), []],
  ['same school, overlapping years', me({ schools: [school('TU Berlin', 2012, 2016)] }), them({ schools: [school('TU Berlin', 2015, 2019)] }), [['school', 'TU Berlin', true]]],
  ['same school, years apart', me({ schools: [school('TU Berlin', 2002, 2006)] }), them({ schools: [school('TU Berlin', 2015, 2019)] }), [['school', 'TU Berlin', false]]],
  ['same school, years touching in one year overlap', me({ schools: [school('TU Berlin', 2010, 2015)] }), them({ schools: [school('TU Berlin', 2015, 2019)] }), [['school', 'TU Berlin', true]]],
  ['same school, their years unknown → overlap null', me({ schools: [school('TU Berlin', 2010, 2015)] }), them({ schools: [school('TU Berlin')] }), [['school', 'TU Berlin', null]]],
  ['school names differ only in case, accents and punctuation', me({ schools: [school('Universite de Montreal')] }), them({ schools: [school('Université de Montréal')] }), [['school', 'Université de Montréal', null]]],
  ['abbreviation vs full name, no page links → not shared (never a guess)', me({ schools: [school('LMU', 2010, 2014)] }),
    them({ schools: [school('Ludwig-Maximilians-Universität München', 2011, 2015)] }), []],
  ['abbreviation vs full name, both linking to the same school page → shared', me({ schools: [school('LMU', 2010, 2014, 'school/lmu-munich')] }),
    them({ schools: [school('Ludwig-Maximilians-Universität München', 2011, 2015, 'school/lmu-munich')] }), [['school', 'Ludwig-Maximilians-Universität München', true]]],
  ['abbreviation vs full name, linking to different pages → not shared', me({ schools: [school('LMU', 2010, 2014, 'school/111')] }),
    them({ schools: [school('Ludwig-Maximilians-Universität München', 2011, 2015, 'school/222')] }), []],
  ['same name but two different pages of one kind → not shared', me({ schools: [school('Trinity College', 2010, 2014, 'school/trinity-dublin')] }),
    them({ schools: [school('Trinity College', 2010, 2014, 'school/trinity-hartford')] }), []],
  ['same name, one page known → shared by name', me({ schools: [school('Trinity College', 2010, 2014, 'school/trinity-dublin')] }),
    them({ schools: [school('Trinity College', 2016, 2018)] }), [['school', 'Trinity College', false]]],
  ['"Acme" and "Acme, Inc." are one employer; overlapping', me({ employers: [job('Acme', [2018, 3], [2021, 6])] }), them({ employers: [job('Acme, Inc.', [2020, 1], 'now')] }), [['employer', 'Acme, Inc.', true]]],
  ['"Siemens AG" and "Siemens", years apart', me({ employers: [job('Siemens', [2001, 1], [2004, 12])] }), them({ employers: [job('Siemens AG', [2019, 1], 'now')] }), [['employer', 'Siemens AG', false]]],
  ['"Müller GmbH & Co. KG" and "Muller"', me({ employers: [job('Muller', [2019], [2020])] }), them({ employers: [job('Müller GmbH & Co. KG', [2019, 5], [2020, 2])] }), [['employer', 'Müller GmbH & Co. KG', true]]],
  ['employer months decide: left in March, they joined in April', me({ employers: [job('Acme', [2018, 1], [2020, 3])] }), them({ employers: [job('Acme', [2020, 4], [2022, 1])] }), [['employer', 'Acme', false]]],
  ['"Acme" is not "Acme Bank"', me({ employers: [job('Acme', [2018], [2020])] }), them({ employers: [job('Acme Bank', [2018, 1], [2022, 1])] }), []],
  ['school beats employer; both listed', me({ schools: [school('KTH', 2008, 2012)], employers: [job('Spotify', [2013, 1], [2015, 1])] }),
    them({ schools: [school('KTH', 2009, 2013)], employers: [job('Spotify', [2019, 1], [2021, 1])] }), [['school', 'KTH', true], ['employer', 'Spotify', false]]],
  ['new role started 2 months ago', me({}), them({ employers: [job('Globex', [2026, 10], 'now', { title: 'Head of Data' }), job('Initech', [2020, 1], [2026, 9])] }), [['new-role', 'Globex']]],
  ['a role started 7 months ago is not new', me({}), them({ employers: [job('Globex', [2026, 5], 'now')] }), []],
  ['a role with a year only is never called new', me({}), them({ employers: [job('Globex', [2026], 'now')] }), []],
  ['a past role that started recently is not a new role', me({}), them({ employers: [job('Globex', [2026, 9], [2026, 11])] }), []],
  ['work anniversary: started in December three years ago', me({}), them({ employers: [job('Initech', [2023, 12], 'now')] }), [['anniversary', 'Initech']]],
  ['anniversary counts from the first role at the company', me({}), them({ employers: [job('Initech', [2025, 4], 'now', { title: 'Lead' }), job('Initech', [2021, 12], [2025, 3])] }), [['anniversary', 'Initech']]],
  ['named mutual connection', me({}), them({ mutualNames: ['Dana Scully', 'Fox Mulder'] }), [['mutual', 'Dana Scully']]],
  ['same city in two spellings', me({ location: 'Munich' }), them({ location: 'Munich, Bavaria, Germany' }), [['city', 'Munich']]],
  ['"Greater Munich Metropolitan Area" is Munich', me({ location: 'Munich, Bavaria, Germany' }), them({ location: 'Greater Munich Metropolitan Area' }), [['city', 'Munich']]],
  ['same region, different city', me({ location: 'Augsburg, Bavaria, Germany' }), them({ location: 'Munich, Bavaria, Germany' }), [['region', 'Bavaria']]],
  ['same country only → nothing', me({ location: 'Hamburg, Germany' }), them({ location: 'Berlin, Germany' }), []],
  ['the note\'s own language is no talking point (the note shows it)', me({ languages: ['English', 'Deutsch'] }), them({ languages: ['English (Native)', 'Japanese'] }), []],
  ['shared language across UI languages', me({ languages: ['Deutsch', 'English'] }), them({ languages: ['Spanish', 'German (Native or bilingual)'] }), [['language', 'German']]],
  ['everything at once, ranked', me({ schools: [school('ETH Zürich', 2010, 2015)], employers: [job('Acme', [2016, 1], 'now')], location: 'Zurich, Zurich, Switzerland', languages: ['German'] }),
    them({ schools: [school('ETH Zurich', 2013, 2018)], employers: [job('Acme AG', [2026, 9], 'now')], location: 'Zurich, Zurich, Switzerland', languages: ['German'], mutualNames: ['Ada'] }),
    [['school', 'ETH Zurich', true], ['employer', 'Acme AG', true], ['new-role', 'Acme AG'], ['mutual', 'Ada'], ['city', 'Zurich'], ['language', 'German']]],
  ['blank and whitespace names never match', me({ schools: [school('  '), school('')], employers: [job(' ')] }), them({ schools: [school(' ')], employers: [job('')], mutualNames: ['  '] }), []],
];

describe('talkingPoints', () => {
  test.each(cases)('%s', (_name, you, they, expected) => {
    const points = talkingPoints(you, they, { now: NOW });
    expect(points.map((p) => (p.overlap === undefined ? [p.kind, p.subject] : [p.kind, p.subject, p.overlap]))).toEqual(expected);
  });

  test('there are at least 20 table cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  test('each shared organisation is listed once, however many roles or schools', () => {
    const points = talkingPoints(
      me({ employers: [job('Acme', [2010, 1], [2012, 1]), job('Acme Inc', [2014, 1], [2015, 1])] }),
      them({ employers: [job('ACME', [2011, 1], [2011, 6]), job('Acme, Inc.', [2020, 1], 'now')] }),
      { now: NOW },
    );
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ kind: 'employer', subject: 'ACME', overlap: true });
  });

  test('phrases and reasons in English and German', () => {
    const you = me({ schools: [school('KTH', 2008, 2012)] });
    const they = them({ schools: [school('KTH', 2009, 2013)], employers: [job('Globex', [2026, 11], 'now', { title: 'CTO' })], mutualNames: ['Ada Lovelace'] });
    const en = talkingPoints(you, they, { now: NOW, lang: 'en' });
    expect(en.map((p) => p.phrase)).toEqual([
      'we were at KTH at the same time',
      'congratulations on your new role as CTO at Globex',
      'we both know Ada Lovelace',
    ]);
    expect(en[0]!.reason).toBe('You were both at KTH at the same time');
    const de = talkingPoints(you, they, { now: NOW, lang: 'de' });
    expect(de.map((p) => p.phrase)).toEqual([
      'wir waren zur selben Zeit an KTH',
      'herzlichen Glückwunsch zur neuen Rolle als CTO bei Globex',
      'wir kennen beide Ada Lovelace',
    ]);
    expect(de[1]!.reason).toBe('Vor 1 Monat bei Globex angefangen');
  });

  test('employer phrase: both there now, overlapped, or at different times', () => {
    const phrase = (mine: Stint, theirs: Stint) => talkingPoints(me({ employers: [mine] }), them({ employers: [theirs] }), { now: NOW })[0]?.phrase;
    expect(phrase(job('Acme', [2020, 1], 'now'), job('Acme', [2015, 1], 'now'))).toBe('we both work at Acme');
    expect(phrase(job('Acme', [2020, 1], [2021, 1]), job('Acme', [2015, 1], 'now'))).toBe('we overlapped at Acme');
    expect(phrase(job('Acme', [2010, 1], [2011, 1]), job('Acme', [2015, 1], 'now'))).toBe('we have both worked at Acme');
  });

  test('hostile text stays inert text, on one bounded line', () => {
    const evil = '<img src=x onerror=alert(1)>\u202e\nAcme';
    const points = talkingPoints(me({ employers: [job(evil)] }), them({ employers: [job(evil)] }), { now: NOW });
    expect(points[0]!.subject).toBe('<img src=x onerror=alert(1)> Acme');
    expect(points[0]!.phrase).not.toMatch(/[\n\u202e]/);
    const long = talkingPoints(me({ schools: [school('x'.repeat(5000))] }), them({ schools: [school('x'.repeat(5000))] }), { now: NOW });
    expect(long[0]!.subject.length).toBeLessThanOrEqual(120);
  });

  test('a German note skips German and names the next language both speak', () => {
    const points = talkingPoints(me({ languages: ['Deutsch', 'Polish'] }), them({ languages: ['German', 'Polnisch'] }), { now: NOW, lang: 'de' });
    expect(points.map((p) => [p.kind, p.subject])).toEqual([['language', 'Polnisch']]);
  });

  test('strong points: shared school, employer, new role, mutual; bestPoint picks the first strong one', () => {
    const points = talkingPoints(me({ location: 'Oslo', languages: ['Norwegian'] }), them({ location: 'Oslo, Norway', languages: ['norwegian'], mutualNames: ['Kari'] }), { now: NOW });
    expect(points.map((p) => [p.kind, p.strong])).toEqual([['mutual', true], ['city', false], ['language', false]]);
    expect(bestPoint(points)?.kind).toBe('mutual');
    expect(bestPoint(points.slice(1))?.kind).toBe('city');
    expect(bestPoint([])).toBeUndefined();
  });

  test('bounded: thousands of entries are capped', () => {
    const many = Array.from({ length: 5000 }, (_, i) => job(`Company ${i}`, [2000, 1], [2001, 1]));
    const points = talkingPoints(me({ employers: many }), them({ employers: many }), { now: NOW });
    expect(points.length).toBeLessThanOrEqual(100);
  });
});
