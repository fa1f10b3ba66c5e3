// The new setting: 21 days by default; stored settings and backups written before it existed
// still load and import, and get the default; a backup that names it sets it.
import { describe, expect, test } from 'vitest';
import { decodeSettings, encodeSettings } from '../../../../src/background/store/config-record';
import { BackupFile } from '../../../../src/core/backup/format';
import { defaultSettings, Settings } from '../../../../src/core/schemas';
import { createBackground } from '../../background/background';

describe('insightsMinAgeDays', () => {
  test('defaults to 21 and is held to 1‥365 days', () => {
    expect(defaultSettings.insightsMinAgeDays).toBe(21);
    expect(Settings.safeParse({ insightsMinAgeDays: 0 }).success).toBe(false);
    expect(Settings.safeParse({ insightsMinAgeDays: 366 }).success).toBe(false);
  });

  test('settings stored before it existed decode with the default', () => {
    const older: Record<string, unknown> = encodeSettings({ ...defaultSettings, followUpAfterDays: 5 });
    delete older.insightsMinAgeDays;
    const decoded = decodeSettings(older);
    expect(decoded).toMatchObject({ value: { followUpAfterDays: 5, insightsMinAgeDays: 21 } });
  });

  test('a backup without it imports and keeps the current value; one with it sets it', async () => {
    const older = { format: 'rapport-backup', version: 2, settings: { followUpAfterDays: 6 } };
    expect(BackupFile.parse(older).settings).toEqual({ followUpAfterDays: 6 });
    const bg = createBackground();
    await bg.send({ type: 'settings.set', patch: { insightsMinAgeDays: 30 } });
    await bg.send({ type: 'backup.import', mode: 'merge', text: JSON.stringify(older) });
    expect((await bg.send({ type: 'settings.get' })).settings).toMatchObject({ followUpAfterDays: 6, insightsMinAgeDays: 30 });
    await bg.send({ type: 'backup.import', mode: 'merge', text: JSON.stringify({ ...older, settings: { insightsMinAgeDays: 14 } }) });
    expect((await bg.send({ type: 'settings.get' })).settings.insightsMinAgeDays).toBe(14);
  });
});
