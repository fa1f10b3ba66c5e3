// Date lines of the Experience and Education cards, in English and other UI languages.
import { describe, expect, test } from 'vitest';
import { monthOf, parseDateRange } from '../../../src/linkedin/date-range';

describe('parseDateRange', () => {
  test.each([
    ['Nov 2021 - Present · 2 yrs 9 mos', { start: { year: 2021, month: 11 }, end: null, current: true, text: 'Nov 2021 - Present' }],
    ['Jan 2026 – Present · 11 mos', { start: { year: 2026, month: 1 }, end: null, current: true, text: 'Jan 2026 – Present' }],
    ['Aug 2018 - Jul 2019 · 1 yr', { start: { year: 2018, month: 8 }, end: { year: 2019, month: 7 }, current: false, text: 'Aug 2018 - Jul 2019' }],
    ['Nov 2021 to Present · 2 yrs 9 mos', { start: { year: 2021, month: 11 }, end: null, current: true, text: 'Nov 2021 to Present' }],
    ['2014 - Jun 2019', { start: { year: 2014 }, end: { year: 2019, month: 6 }, current: false, text: '2014 - Jun 2019' }],
    ['2010 - 2014', { start: { year: 2010 }, end: { year: 2014 }, current: false, text: '2010 - 2014' }],
    ['2019', { start: { year: 2019 }, end: null, current: false, text: '2019' }],
    ['Jan. 2026 – Heute · 11 Monate', { start: { year: 2026, month: 1 }, end: null, current: true, text: 'Jan. 2026 – Heute' }],
    ['März 2020 – Dez. 2022 · 2 J. 10 Mon.', { start: { year: 2020, month: 3 }, end: { year: 2022, month: 12 }, current: false, text: 'März 2020 – Dez. 2022' }],
    ['2021. nov. – jelenleg · 2 év 9 hó', { start: { year: 2021, month: 11 }, end: null, current: true, text: '2021. nov. – jelenleg' }],
    ['janv. 2020 – sept. 2021 · 1 an 9 mois', { start: { year: 2020, month: 1 }, end: { year: 2021, month: 9 }, current: false, text: 'janv. 2020 – sept. 2021' }],
    ['Mar 2023 – Present', { start: { year: 2023, month: 3 }, end: null, current: true, text: 'Mar 2023 – Present' }],
    ['Sommer 2019 – 2020', { start: { year: 2019 }, end: { year: 2020 }, current: false, text: 'Sommer 2019 – 2020' }],
  ])('%s', (line, expected) => {
    expect(parseDateRange(line)).toEqual(expected);
  });

  test.each([
    'Software Engineer', 'Stockholm County, Sweden', 'Grade: 4.0/4.3', 'Class of 2019', 'Full-time · 5 yrs 3 mos',
    'Worked on the 2019 redesign of the payment pages and more', '2020 - 2018', '12345', '0999 - 1000', '', 'x'.repeat(500),
  ])('not a date line: %s', (line) => {
    expect(parseDateRange(line)).toBeNull();
  });
});

describe('monthOf', () => {
  test('exact names win over abbreviations; ambiguous or unknown is undefined', () => {
    expect(monthOf('Mar')).toBe(3);
    expect(monthOf('Mai')).toBe(5);
    expect(monthOf('Okt.')).toBe(10);
    expect(monthOf('Sept')).toBe(9);
    expect(monthOf('ju')).toBeUndefined();
    expect(monthOf('Xyz')).toBeUndefined();
  });
});
