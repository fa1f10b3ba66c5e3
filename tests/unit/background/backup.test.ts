// Backup: export/import round trip, merge and replace, the CSV export, and the badge a backup
// produces. Hostile files are in backup-hostile.test.ts.
process.env.TZ = 'America/New_York';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { csvCell, invitationsToCsv } from '../../../src/core/backup';
import { createBackground, daysAgo, setNow } from './background';

export function backupWith(invitations: object[], extra: object = {}): string {
  return JSON.stringify({ format: 'rapport-backup', version: 1, templates: [{ id: 'mine', name: 'Mine', body: 'Hi {{firstName}}' }], invitations, settings: { followUpAfterDays: 7 }, ...extra });
}

export const person = (slug: string, sentAt: string, status = 'pending') => ({ id: `inv-${slug}`, profileUrl: `https://www.linkedin.com/in/${slug}/`, name: slug, sentAt, status });

describe('backup', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-11-23T10:00:00');
  });
  afterEach(() => vi.useRealTimers());

  it('accepts the minimal documented format, with defaults for everything else', async () => {
    const bg = createBackground();
    const summary = await bg.send({ type: 'backup.import', mode: 'merge', text: backupWith([person('ana', '2026-11-01T09:00:00Z')]) });
    expect(summary.invitations.added).toBe(1);
    const [ana] = (await bg.send({ type: 'invitations.list' })).items;
    expect(ana).toMatchObject({ name: 'ana', note: '', source: 'manual', status: 'pending' });
  });

  it('sets the badge from imported invitations sent 8, 9, 10 and 1 days ago to 3; replying to one makes it 2', async () => {
    const bg = createBackground();
    const text = backupWith([8, 9, 10, 1].map((d) => person(`p${d}`, daysAgo(d))));
    await bg.send({ type: 'backup.import', mode: 'replace', text });
    expect(await bg.badge()).toBe('3');
    expect(bg.action.title).toBe('badge_title_many:3');
    await bg.send({ type: 'invitation.set-status', id: 'inv-p9', status: 'replied' });
    expect(await bg.badge()).toBe('2');
    expect(await bg.restart().badge()).toBe('2');
    await bg.send({ type: 'invitation.mark-followed-up', id: 'inv-p8' });
    await bg.send({ type: 'invitation.mark-followed-up', id: 'inv-p10' });
    expect(await bg.badge()).toBe('');
    expect(bg.action.title).toBe('badge_title_none');
  });

  it('a settings change or a merged backup sets only the fields it names; the others keep their values', async () => {
    const bg = createBackground();
    await bg.send({ type: 'settings.set', patch: { myName: 'Sam', followUpAfterDays: 5, noteLimit: '300' } });
    await bg.send({ type: 'settings.set', patch: { composerMode: 'side-panel' } });
    expect((await bg.send({ type: 'settings.get' })).settings).toMatchObject({ myName: 'Sam', followUpAfterDays: 5, noteLimit: '300', composerMode: 'side-panel' });
    await bg.send({ type: 'backup.import', mode: 'merge', text: backupWith([], { settings: { giveUpAfterDays: 30 } }) });
    expect((await bg.send({ type: 'settings.get' })).settings).toMatchObject({ myName: 'Sam', followUpAfterDays: 5, giveUpAfterDays: 30, composerMode: 'side-panel' });
    await bg.send({ type: 'backup.import', mode: 'replace', text: backupWith([], { settings: { giveUpAfterDays: 30 } }) });
    expect((await bg.send({ type: 'settings.get' })).settings).toMatchObject({ myName: '', followUpAfterDays: 7, giveUpAfterDays: 30, composerMode: 'dialog' });
  });

  it('names the export after the person\'s own date, not UTC\'s', async () => {
    setNow('2026-11-23T21:00:00'); // New York: already the 24th in UTC
    const exported = await createBackground().send({ type: 'backup.export', format: 'csv' });
    expect(new Date().toISOString().slice(0, 10)).toBe('2026-11-24');
    expect(exported.filename).toBe('rapport-invitations-2026-11-23.csv');
  });

  it('round-trips everything through export and a replace import', async () => {
    const bg = createBackground();
    await bg.send({ type: 'settings.set', patch: { myName: 'Sam', followUpAfterDays: 5 } });
    await bg.send({ type: 'templates.save', template: { id: 'x', name: 'X', body: 'Hello {{firstName}}', kind: 'invitation' } });
    await bg.send({ type: 'invitation-sent', profileUrl: 'https://www.linkedin.com/in/ana/', name: 'Ana', note: '=1+1, "quoted"\nsecond line' });
    const exported = await bg.send({ type: 'backup.export', format: 'json' });
    expect(exported.filename).toBe('rapport-backup-2026-11-23.json');
    const other = createBackground();
    await other.send({ type: 'invitation-sent', profileUrl: 'https://www.linkedin.com/in/zed/', name: 'Zed' });
    const summary = await other.send({ type: 'backup.import', mode: 'replace', text: exported.text });
    expect(summary.invitations).toEqual({ added: 1, updated: 0, duplicates: 0, removed: 1 });
    const again = await other.send({ type: 'backup.export', format: 'json' });
    expect(JSON.parse(again.text)).toEqual(JSON.parse(exported.text));
  });

  it('merges by person and send time: importing the same backup twice adds nothing', async () => {
    const bg = createBackground();
    const text = backupWith([person('ana', '2026-11-01T09:00:00Z'), person('bo', '2026-11-02T09:00:00Z')]);
    expect((await bg.send({ type: 'backup.import', mode: 'merge', text })).invitations.added).toBe(2);
    const second = await bg.send({ type: 'backup.preview', mode: 'merge', text });
    expect(second.invitations).toEqual({ added: 0, updated: 0, duplicates: 2, removed: 0 });
    expect(second.templates).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 0 });
    await bg.send({ type: 'backup.import', mode: 'merge', text });
    expect((await bg.send({ type: 'invitations.list' })).total).toBe(2);
  });

  it('takes a later status from the backup, never an earlier one', async () => {
    const bg = createBackground();
    await bg.send({ type: 'backup.import', mode: 'merge', text: backupWith([{ ...person('ana', '2026-11-01T09:00:00Z'), status: 'replied', statusChangedAt: '2026-11-10T00:00:00Z' }]) });
    await bg.send({ type: 'backup.import', mode: 'merge', text: backupWith([{ ...person('ana', '2026-11-01T09:00:00Z'), status: 'accepted', statusChangedAt: '2026-11-05T00:00:00Z' }]) });
    expect((await bg.send({ type: 'invitations.list' })).items[0]?.status).toBe('replied');
    await bg.send({ type: 'backup.import', mode: 'merge', text: backupWith([{ ...person('ana', '2026-11-01T09:00:00Z'), status: 'declined', statusChangedAt: '2026-11-12T00:00:00Z' }]) });
    expect((await bg.send({ type: 'invitations.list' })).items[0]?.status).toBe('declined');
  });

  it('gives a colliding id a new one instead of overwriting another person', async () => {
    const bg = createBackground();
    await bg.send({ type: 'backup.import', mode: 'merge', text: backupWith([person('ana', '2026-11-01T09:00:00Z')]) });
    await bg.send({ type: 'backup.import', mode: 'merge', text: backupWith([{ ...person('bo', '2026-11-02T09:00:00Z'), id: 'inv-ana' }]) });
    const names = (await bg.send({ type: 'invitations.list' })).items.map((i) => i.name).sort();
    expect(names).toEqual(['ana', 'bo']);
  });

  it('previews without writing anything', async () => {
    const bg = createBackground();
    await bg.send({ type: 'settings.get' });
    const before = bg.local.dump() + bg.sync.dump();
    const summary = await bg.send({ type: 'backup.preview', mode: 'replace', text: backupWith([person('ana', '2026-11-01T09:00:00Z')], { settings: { followUpAfterDays: 3 } }) });
    expect(summary.settingsChanged).toEqual(['followUpAfterDays']);
    expect(summary.templates.removed).toBe(2);
    expect(bg.local.dump() + bg.sync.dump()).toBe(before);
  });

  it.each(['replace', 'merge'] as const)('rolls the invitations back when the template write fails, so nothing half-applies (%s)', async (mode) => {
    const bg = createBackground();
    await bg.send({ type: 'invitation-sent', profileUrl: 'https://www.linkedin.com/in/zed/', name: 'Zed' });
    const before = bg.local.dump() + bg.sync.dump();
    // Sync fails, and so does keeping the write in storage.local until sync takes it.
    bg.sync.failNextSet = 'IO error';
    bg.local.failSetIf = (items) => ('syncPending' in items ? 'IO error' : null);
    await expect(bg.send({ type: 'backup.import', mode, text: backupWith([person('ana', '2026-11-01T09:00:00Z')]) })).rejects.toMatchObject({ code: 'storage' });
    expect(bg.local.dump() + bg.sync.dump()).toBe(before);
    expect((await bg.restart().send({ type: 'invitations.list' })).items.map((i) => i.name)).toEqual(['Zed']);
  });
});

describe('archive.apply', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-11-23T10:00:00');
  });
  afterEach(() => vi.useRealTimers());

  const imported = (slug: string, sentAt: string, status: 'pending' | 'accepted') => ({
    id: `imp-${slug}`, profileUrl: `https://www.linkedin.com/in/${slug}`, name: slug, note: '', sentAt, status, source: 'import' as const,
    ...(status === 'accepted' ? { statusChangedAt: '2026-11-10T00:00:00.000Z' } : {}),
  });

  it('counts new records that arrive accepted as accepted, and the same request again as already known', async () => {
    const bg = createBackground();
    const { invitation: tracked } = await bg.send({ type: 'invitation-sent', profileUrl: 'https://www.linkedin.com/in/zed/', name: 'Zed', sentAt: '2026-11-01T09:00:00.000Z' });
    const request = {
      type: 'archive.apply' as const,
      newlyTracked: [imported('ana', '2026-11-02T09:00:00.000Z', 'accepted'), imported('bo', '2026-11-03T09:00:00.000Z', 'pending')],
      accepted: [{ id: tracked.id, at: '2026-11-05T00:00:00.000Z' }],
    };
    expect(await bg.send(request)).toEqual({ added: 2, accepted: 2, alreadyKnown: 0 });
    const byName = new Map((await bg.send({ type: 'invitations.list' })).items.map((i) => [i.name, i]));
    expect(byName.get('Zed')).toMatchObject({ status: 'accepted', statusChangedAt: '2026-11-05T00:00:00.000Z' });
    expect(byName.get('ana')).toMatchObject({ status: 'accepted', profileUrl: 'https://www.linkedin.com/in/ana/' });
    expect(byName.get('bo')).toMatchObject({ status: 'pending' });
    expect(await bg.send(request)).toEqual({ added: 0, accepted: 0, alreadyKnown: 3 });
  });
});

describe('CSV export', () => {
  it('escapes formulas and quotes per RFC 4180', () => {
    expect(['=SUM(A1)', '+1', '-2', '@cmd', '\tx', 'plain', 'a,b', 'say "hi"', 'two\nlines'].map(csvCell)).toEqual([
      "'=SUM(A1)", "'+1", "'-2", "'@cmd", "'\tx", 'plain', '"a,b"', '"say ""hi"""', '"two\nlines"',
    ]);
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
  });

  it('writes a header and one CRLF-terminated record per invitation', () => {
    const csv = invitationsToCsv([{ id: 'a', profileUrl: 'https://www.linkedin.com/in/a/', name: '=Evil', note: 'x', sentAt: '2026-11-01T00:00:00.000Z', status: 'pending', source: 'composer' }]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('name,profileUrl,company,headline,note,status,sentAt,followedUpAt,statusChangedAt,source,templateId,id,conversationStage,conversationRequestedAt,conversationFollowedUpAt,conversationStageChangedAt');
    expect(lines[1]).toBe("'=Evil,https://www.linkedin.com/in/a/,,,x,pending,2026-11-01T00:00:00.000Z,,,composer,,a,,,,");
    expect(lines[2]).toBe('');
  });
});
