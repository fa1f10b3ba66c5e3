// About you lives in the settings: older settings records and backups (no `about`) still load,
// a backup carries it both ways, and nothing oversized or malformed gets in.
import { describe, expect, test } from 'vitest';
import { parseBackup, planBackupImport, toBackup } from '../../../src/core/backup';
import { defaultSettings, Settings } from '../../../src/core/schemas';
import { decodeSettings, encodeSettings } from '../../../src/background/store/config-record';

const about = {
  schools: [{ name: 'KTH', pageKey: 'school/kth', start: { year: 2008 }, end: { year: 2012 } }],
  employers: [{ name: 'Spotify', title: 'Engineer', start: { year: 2013, month: 2 }, current: true }],
  location: 'Stockholm, Sweden',
  languages: ['Swedish', 'English'],
};

describe('about you in the settings', () => {
  test('defaults to empty, and settings stored before it existed load with it empty', () => {
    expect(defaultSettings.about).toEqual({ schools: [], employers: [], location: '', languages: [] });
    const old = { v: 1, followUpAfterDays: 5, myName: 'Sam' };
    const decoded = decodeSettings(old);
    expect(decoded.ok && decoded.value.about).toEqual(defaultSettings.about);
    expect(decoded.ok && decoded.value.myName).toBe('Sam');
    const unversioned = decodeSettings({ noteLimit: 300 });
    expect(unversioned.ok && unversioned.value.about.schools).toEqual([]);
  });

  test('round-trips through storage', () => {
    const settings = Settings.parse({ about });
    const decoded = decodeSettings(encodeSettings(settings));
    expect(decoded.ok && decoded.value.about).toEqual(settings.about);
  });

  test('refuses what does not fit: too many schools, a bad page key, an impossible year', () => {
    expect(Settings.safeParse({ about: { schools: Array.from({ length: 11 }, () => ({ name: 'X' })) } }).success).toBe(false);
    expect(Settings.safeParse({ about: { schools: [{ name: 'X', pageKey: 'javascript:alert(1)' }] } }).success).toBe(false);
    expect(Settings.safeParse({ about: { employers: [{ name: 'X', start: { year: 20260 } }] } }).success).toBe(false);
    expect(Settings.safeParse({ about: { schools: [{ name: '   ' }] } }).success).toBe(false);
  });

  test('a backup carries about you; an older backup without it imports and keeps yours', async () => {
    const current = { templates: [], invitations: [], settings: Settings.parse({ about }) };
    const file = JSON.stringify(toBackup(current, new Date('2026-12-01T00:00:00Z')));
    const parsed = await parseBackup(file);
    expect(parsed.ok && parsed.backup.settings.about).toEqual(current.settings.about);

    const old = await parseBackup(JSON.stringify({ format: 'rapport-backup', version: 1, settings: { myName: 'Old' } }));
    if (!old.ok) throw new Error(old.message);
    const merged = planBackupImport(current, old.backup, 'merge', () => 'id');
    expect(merged.next.settings.about).toEqual(current.settings.about);
    expect(merged.next.settings.myName).toBe('Old');
    const replaced = planBackupImport(current, old.backup, 'replace', () => 'id');
    expect(replaced.next.settings.about).toEqual(defaultSettings.about);
  });

  test('a backup with a malformed about is refused as a whole, not half-applied', async () => {
    const bad = await parseBackup(JSON.stringify({ format: 'rapport-backup', version: 1, settings: { about: { schools: 'KTH' } } }));
    expect(bad.ok).toBe(false);
  });
});

describe('delete-all', () => {
  test('deletes About you with everything else', async () => {
    const { createBackground } = await import('./background');
    const bg = createBackground();
    await bg.send({ type: 'settings.set', patch: { about } });
    expect((await bg.send({ type: 'settings.get' })).settings.about.schools).toHaveLength(1);
    await bg.send({ type: 'data.delete-all', confirm: true });
    expect((await bg.send({ type: 'settings.get' })).settings.about).toEqual(defaultSettings.about);
  });
});
