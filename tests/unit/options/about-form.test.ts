// The About-you form: rows to a checked AboutYou, problems per row, captured details kept.
import { describe, expect, test } from 'vitest';
import { aboutForm, checkAboutForm, emptyRow, type AboutForm } from '../../../src/options/about/about-form';

const form = (f: Partial<AboutForm>): AboutForm => ({ schools: [], employers: [], location: '', languages: '', ...f });

describe('checkAboutForm', () => {
  test('turns rows into stints; blank rows are dropped; languages split on commas', () => {
    const checked = checkAboutForm(form({
      schools: [{ ...emptyRow(), name: ' KTH ', from: '2008', to: '2012' }, emptyRow()],
      employers: [{ ...emptyRow(), name: 'Spotify', title: 'Engineer', from: '2013', to: '2010', current: true }],
      location: ' Stockholm ',
      languages: 'Swedish, English,,',
    }));
    expect(checked).toEqual({ ok: true, about: {
      schools: [{ name: 'KTH', start: { year: 2008 }, end: { year: 2012 } }],
      employers: [{ name: 'Spotify', title: 'Engineer', start: { year: 2013 }, current: true }],
      location: 'Stockholm',
      languages: ['Swedish', 'English'],
    } });
  });

  test('reports each bad row', () => {
    const checked = checkAboutForm(form({
      schools: [{ ...emptyRow(), from: '2008' }, { ...emptyRow(), name: 'A', from: '08' }, { ...emptyRow(), name: 'B', from: '2012', to: '2008' }],
    }));
    expect(checked).toEqual({ ok: false, problems: [
      { list: 'schools', row: 0, key: 'options_about_name_missing' },
      { list: 'schools', row: 1, key: 'options_about_year_bad' },
      { list: 'schools', row: 2, key: 'options_about_year_order' },
    ] });
  });

  test('keeps the captured page and months while name and years are unchanged', () => {
    const captured = { name: 'LMU', pageKey: 'school/lmu', start: { year: 2010, month: 10 }, end: { year: 2014, month: 7 } };
    const loaded = aboutForm({ schools: [captured], employers: [], location: '', languages: [] });
    const same = checkAboutForm(loaded, '2026-12-01T10:00:00.000Z');
    expect(same.ok && same.about.schools[0]).toEqual(captured);
    expect(same.ok && same.about.capturedAt).toBe('2026-12-01T10:00:00.000Z');
    const renamed = checkAboutForm({ ...loaded, schools: [{ ...loaded.schools[0]!, name: 'Other', to: '2015' }] });
    expect(renamed.ok && renamed.about.schools[0]).toEqual({ name: 'Other', start: { year: 2010, month: 10 }, end: { year: 2015 } });
  });

  test('too many languages is a problem, not a silent cut', () => {
    const checked = checkAboutForm(form({ languages: Array.from({ length: 11 }, (_, i) => `L${i}`).join(',') }));
    expect(checked.ok).toBe(false);
  });
});
