// The person's corrections of what was read about someone, kept by the background: validated at
// the message boundary, bounded, one record per profile key, given back with the composer's data,
// quarantined (never dropped) when unreadable, carried by backups and deleted with all data.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackground, setNow } from './background';
import { applyCorrections, cleanCorrections, isRemoved, withCorrection, withoutCorrection } from '../../../src/core/corrections';

const ana = 'https://www.linkedin.com/in/ana-souza/';
const backup = (extra: object) => JSON.stringify({ format: 'rapport-backup', version: 1, ...extra });

describe('applyCorrections', () => {
  it('lays the corrections over the read values and leaves the rest (and the input) alone', () => {
    const read = { firstName: 'Ana', company: 'Old Co', myName: 'Sam' };
    expect(applyCorrections(read, { company: 'Acme', school: 'MIT' })).toEqual({ firstName: 'Ana', company: 'Acme', school: 'MIT', myName: 'Sam' });
    expect(read.company).toBe('Old Co');
    expect(applyCorrections(read, {})).toBe(read);
    expect(applyCorrections(read, null)).toBe(read);
  });

  it('keeps only known fields, collapses whitespace and cuts each to its bound; empty is a removal', () => {
    expect(cleanCorrections({ company: '  Acme \n Corp ', myName: 'x', __proto__: 'y', school: ' ' } as Record<string, unknown>)).toEqual({ company: 'Acme Corp', school: '' });
    expect(cleanCorrections({ company: 'c'.repeat(5000), headline: 'h'.repeat(5000) })).toEqual({ company: 'c'.repeat(200), headline: 'h'.repeat(400) });
    // Typing the read value back removes the correction; emptying a field the page filled removes
    // the read value (''); emptying one the page left empty is no correction at all.
    expect(withCorrection({ company: 'Acme' }, 'company', 'Old Co', 'Old Co')).toEqual({});
    expect(withCorrection({ company: 'Acme' }, 'company', '  ', 'Old Co')).toEqual({ company: '' });
    expect(withCorrection({ company: 'Acme' }, 'company', '  ', undefined)).toEqual({});
    expect(withCorrection({}, 'company', 'Acme', undefined)).toEqual({ company: 'Acme' });
    expect(withoutCorrection({ company: '', school: 'MIT' }, 'company')).toEqual({ school: 'MIT' });
  });

  it('a removal leaves the fact out, so the template falls back', () => {
    const read = { firstName: 'Ana', company: 'Wrong Co', school: 'MIT' };
    expect(applyCorrections(read, { company: '', school: 'TU Wien' })).toEqual({ firstName: 'Ana', school: 'TU Wien' });
    expect(isRemoved({ company: '' }, 'company')).toBe(true);
    expect(isRemoved({ company: 'Acme' }, 'company')).toBe(false);
    expect(isRemoved({}, 'company')).toBe(false);
  });
});

describe('stored corrections', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-11-23T10:00:00');
  });
  afterEach(() => vi.useRealTimers());

  it('are kept by profile key and come back with the composer’s data, also after a worker restart', async () => {
    const bg = createBackground();
    expect((await bg.send({ type: 'composer.load', profileUrl: ana })).corrections).toEqual({});
    await bg.send({ type: 'profile.correct', profileUrl: 'https://de.linkedin.com/in/Ana-Souza?trk=x', corrections: { company: 'Acme', firstName: 'Ana' } });
    expect((await bg.send({ type: 'composer.load', profileUrl: ana })).corrections).toEqual({ company: 'Acme', firstName: 'Ana' });
    expect((await bg.restart().send({ type: 'composer.load', profileUrl: ana })).corrections).toEqual({ company: 'Acme', firstName: 'Ana' });
    // Another person sees none of them.
    expect((await bg.send({ type: 'composer.load', profileUrl: 'https://www.linkedin.com/in/ben/' })).corrections).toEqual({});
    expect([...bg.local.data.keys()].filter((k) => k.startsWith('c:'))).toEqual(['c:ana-souza']);
  });

  it('an empty set removes the person’s record', async () => {
    const bg = createBackground();
    await bg.send({ type: 'profile.correct', profileUrl: ana, corrections: { company: 'Acme' } });
    await bg.send({ type: 'profile.correct', profileUrl: ana, corrections: {} });
    expect(bg.local.data.has('c:ana-souza')).toBe(false);
    expect((await bg.send({ type: 'composer.load', profileUrl: ana })).corrections).toEqual({});
  });

  it('a removal ("none") is kept like any correction, comes back, and travels in a backup; records from before removals load as they were', async () => {
    const bg = createBackground();
    await bg.send({ type: 'profile.correct', profileUrl: ana, corrections: { company: '', school: 'TU Wien' } });
    expect(bg.local.data.has('c:ana-souza')).toBe(true);
    expect((await bg.restart().send({ type: 'composer.load', profileUrl: ana })).corrections).toEqual({ company: '', school: 'TU Wien' });
    const { text } = await bg.send({ type: 'backup.export', format: 'json' });
    expect(JSON.parse(text).corrections[0].fields).toEqual({ company: '', school: 'TU Wien' });
    const fresh = createBackground();
    expect((await fresh.send({ type: 'backup.import', mode: 'replace', text })).corrections).toEqual({ added: 1, updated: 0, removed: 0 });
    expect((await fresh.send({ type: 'composer.load', profileUrl: ana })).corrections).toEqual({ company: '', school: 'TU Wien' });
    expect((await fresh.send({ type: 'backup.import', mode: 'merge', text })).corrections).toEqual({ added: 0, updated: 0, removed: 0 });
    // A record written before removals existed (no '' in it) loads unchanged.
    const old = createBackground();
    await old.local.set({ 'c:ben': { v: 1, k: 'ben', f: { company: 'Acme', firstName: 'Ben' }, at: 0 } });
    expect((await old.restart().send({ type: 'composer.load', profileUrl: 'https://www.linkedin.com/in/ben/' })).corrections).toEqual({ company: 'Acme', firstName: 'Ben' });
  });

  it('refuses unknown fields, oversized values and addresses that are not LinkedIn profiles', async () => {
    const bg = createBackground();
    await expect(bg.route({ type: 'profile.correct', profileUrl: ana, corrections: { company: 'x'.repeat(201) } }, { id: 'rapport-test-extension' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    await expect(bg.route({ type: 'profile.correct', profileUrl: ana, corrections: { myName: 'x' } }, { id: 'rapport-test-extension' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    await expect(bg.send({ type: 'profile.correct', profileUrl: 'https://example.com/in/ana/', corrections: { company: 'x' } })).rejects.toThrow(/LinkedIn profile/);
    expect([...bg.local.data.keys()].filter((k) => k.startsWith('c:'))).toEqual([]);
  });

  it('an unreadable record is quarantined with its reason, not dropped, and the rest still load', async () => {
    const bg = createBackground();
    await bg.send({ type: 'profile.correct', profileUrl: ana, corrections: { company: 'Acme' } });
    await bg.local.set({ 'c:ben': { v: 1, k: 'ben', f: { company: 42 }, at: 0 }, 'c:cleo': { v: 1, k: 'someone-else', f: {}, at: 0 }, 'c:dev': { v: 9 } });
    const next = bg.restart();
    const { items } = await next.send({ type: 'quarantine.list' });
    expect(items.map((i) => i.key).sort()).toEqual(['c:ben', 'c:cleo', 'c:dev']);
    expect(items.find((i) => i.key === 'c:dev')?.reason).toMatch(/newer Rapport/);
    expect(bg.local.data.has('c:ben')).toBe(true);
    expect((await next.send({ type: 'composer.load', profileUrl: ana })).corrections).toEqual({ company: 'Acme' });
  });

  it('travel in a backup: export, replace into an empty Rapport, the same corrections', async () => {
    const bg = createBackground();
    await bg.send({ type: 'profile.correct', profileUrl: ana, corrections: { company: 'Acme', school: 'TU Wien' } });
    const { text } = await bg.send({ type: 'backup.export', format: 'json' });
    expect(JSON.parse(text).corrections).toEqual([{ profileUrl: ana, fields: { company: 'Acme', school: 'TU Wien' }, correctedAt: new Date('2026-11-23T10:00:00').toISOString() }]);
    const fresh = createBackground();
    const summary = await fresh.send({ type: 'backup.import', mode: 'replace', text });
    expect(summary.corrections).toEqual({ added: 1, updated: 0, removed: 0 });
    expect((await fresh.send({ type: 'composer.load', profileUrl: ana })).corrections).toEqual({ company: 'Acme', school: 'TU Wien' });
    // The same file again changes nothing.
    expect((await fresh.send({ type: 'backup.import', mode: 'merge', text })).corrections).toEqual({ added: 0, updated: 0, removed: 0 });
  });

  it('merge keeps the newer correction per person; replace removes people the backup does not have', async () => {
    const bg = createBackground();
    await bg.send({ type: 'profile.correct', profileUrl: ana, corrections: { company: 'Newer' } });
    await bg.send({ type: 'profile.correct', profileUrl: 'https://www.linkedin.com/in/ben/', corrections: { school: 'MIT' } });
    const older = backup({ corrections: [{ profileUrl: ana, fields: { company: 'Older' }, correctedAt: '2026-01-01T00:00:00Z' }] });
    await bg.send({ type: 'backup.import', mode: 'merge', text: older });
    expect((await bg.send({ type: 'composer.load', profileUrl: ana })).corrections).toEqual({ company: 'Newer' });
    const summary = await bg.send({ type: 'backup.import', mode: 'replace', text: older });
    expect(summary.corrections).toEqual({ added: 0, updated: 1, removed: 1 });
    expect((await bg.send({ type: 'composer.load', profileUrl: ana })).corrections).toEqual({ company: 'Older' });
    expect(bg.local.data.has('c:ben')).toBe(false);
  });

  it('one rule for "changed": the preview counts what the import writes (spacing and field order are no change)', async () => {
    const bg = createBackground();
    await bg.send({ type: 'profile.correct', profileUrl: ana, corrections: { company: 'Acme', school: 'TU Wien' } });
    const stored = bg.local.data.get('c:ana-souza');
    const same = backup({ corrections: [{ profileUrl: ana, fields: { school: ' TU  Wien', company: 'Acme ' }, correctedAt: '2026-12-01T00:00:00Z' }] });
    expect((await bg.send({ type: 'backup.preview', mode: 'merge', text: same })).corrections).toEqual({ added: 0, updated: 0, removed: 0 });
    expect((await bg.send({ type: 'backup.import', mode: 'merge', text: same })).corrections).toEqual({ added: 0, updated: 0, removed: 0 });
    expect(bg.local.data.get('c:ana-souza')).toEqual(stored);
    const changed = backup({ corrections: [{ profileUrl: ana, fields: { company: 'Acme', school: 'TU Wien', firstName: 'Ana' }, correctedAt: '2026-12-01T00:00:00Z' }] });
    expect((await bg.send({ type: 'backup.preview', mode: 'merge', text: changed })).corrections).toEqual({ added: 0, updated: 1, removed: 0 });
    await bg.send({ type: 'backup.import', mode: 'merge', text: changed });
    expect((await bg.send({ type: 'composer.load', profileUrl: ana })).corrections).toEqual({ company: 'Acme', school: 'TU Wien', firstName: 'Ana' });
  });

  it('an entry without corrections (fields: {}) is counted as the removal the import makes, never as an addition', async () => {
    const bg = createBackground();
    const ben = 'https://www.linkedin.com/in/ben/';
    await bg.send({ type: 'profile.correct', profileUrl: ana, corrections: { company: 'Acme' } });
    const empty = backup({ corrections: [{ profileUrl: ana, fields: {}, correctedAt: '2026-12-01T00:00:00Z' }, { profileUrl: ben, fields: {}, correctedAt: '2026-12-01T00:00:00Z' }] });
    for (const mode of ['merge', 'replace'] as const) {
      expect((await bg.send({ type: 'backup.preview', mode, text: empty })).corrections).toEqual({ added: 0, updated: 0, removed: 1 });
    }
    expect((await bg.send({ type: 'backup.import', mode: 'merge', text: empty })).corrections).toEqual({ added: 0, updated: 0, removed: 1 });
    // What the import wrote: Ana's correction gone, none kept for Ben.
    expect([...bg.local.data.keys()].filter((k) => k.startsWith('c:'))).toEqual([]);
    expect((await bg.send({ type: 'composer.load', profileUrl: ana })).corrections).toEqual({});
  });

  it('a backup with a bad correction imports nothing and says where', async () => {
    const bg = createBackground();
    const bad = backup({ templates: [{ id: 't', name: 'T', body: 'Hi' }], corrections: [{ profileUrl: 'https://evil.example/in/x', fields: { company: 'x' } }, { profileUrl: ana, fields: { nope: 'x' } }] });
    await expect(bg.send({ type: 'backup.preview', mode: 'merge', text: bad })).rejects.toMatchObject({ details: expect.arrayContaining([expect.stringMatching(/^corrections\[1\]\.fields/)]) });
    const notProfile = backup({ corrections: [{ profileUrl: 'https://evil.example/in/x', fields: { company: 'x' } }] });
    await expect(bg.send({ type: 'backup.import', mode: 'merge', text: notProfile })).rejects.toMatchObject({ details: ['corrections[0].profileUrl: not a LinkedIn profile address (…/in/<name>)'] });
    expect([...bg.local.data.keys()].filter((k) => k.startsWith('c:'))).toEqual([]);
  });

  it('are deleted by "delete all data"', async () => {
    const bg = createBackground();
    await bg.send({ type: 'profile.correct', profileUrl: ana, corrections: { company: 'Acme' } });
    await bg.send({ type: 'data.delete-all', confirm: true });
    expect((await bg.send({ type: 'composer.load', profileUrl: ana })).corrections).toEqual({});
    expect(bg.local.data.has('c:ana-souza')).toBe(false);
  });
});
