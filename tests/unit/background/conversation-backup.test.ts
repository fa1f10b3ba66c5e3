// The conversation in backups (issue #21): a backup of today's format (version 1, no
// conversation) still imports; version 2 carries the conversation in JSON and CSV; a damaged
// conversation is refused with its place named, and nothing is applied.
process.env.TZ = 'Europe/Berlin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../../src/core/backup';
import { createBackground, setNow } from './background';

const invitation = (id: string, extra: Record<string, unknown> = {}) =>
  ({ id, profileUrl: `https://www.linkedin.com/in/${id}/`, name: id.toUpperCase(), note: 'Hi', sentAt: '2026-05-01T09:00:00.000Z', status: 'accepted', source: 'composer', ...extra });
const conversation = { stage: 'requested', requestedAt: '2026-05-20T09:00:00.000Z', followedUpAt: '2026-05-28T09:00:00.000Z', templateId: 'tpl-req' };
const file = (version: number, invitations: unknown[]) => JSON.stringify({ format: 'rapport-backup', version, templates: [], invitations, settings: { followUpAfterDays: 7 } });

describe('conversation in backups', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-06-01T10:00:00');
  });
  afterEach(() => vi.useRealTimers());

  it('a version 1 backup (today\'s format, without conversations) migrates and imports', async () => {
    const v1 = file(1, [invitation('ana', { statusChangedAt: '2026-05-30T09:00:00.000Z' }), invitation('ben', { status: 'pending' })]);
    const parsed = await parseBackup(v1);
    expect(parsed.ok && parsed.backup.version).toBe(2);
    const bg = createBackground();
    expect(await bg.send({ type: 'backup.import', text: v1, mode: 'replace' })).toMatchObject({ invitations: { added: 2 } });
    const state = await bg.store.state();
    expect([...state.invitations.values()].map((i) => [i.id, i.conversation])).toEqual([['ana', undefined], ['ben', undefined]]);
    // Freshly accepted, so the popup offers to ask for a conversation.
    expect(await bg.send({ type: 'queue.summary' })).toMatchObject({ ask: 1 });
    expect(bg.local.raw('i:ana')).toMatchObject({ v: 4 });
    expect(bg.local.raw('i:ana')).not.toHaveProperty('q');
  });

  it('exports the conversation in JSON (version 2) and CSV, and the JSON imports back unchanged', async () => {
    const bg = createBackground();
    await bg.send({ type: 'backup.import', text: file(2, [invitation('ana', { conversation }), invitation('ben')]), mode: 'replace' });
    const json = await bg.send({ type: 'backup.export', format: 'json' });
    const exported = JSON.parse(json.text) as { version: number; invitations: { id: string; conversation?: unknown }[] };
    expect(exported.version).toBe(2);
    expect(exported.invitations.find((i) => i.id === 'ana')?.conversation).toEqual(conversation);
    expect(exported.invitations.find((i) => i.id === 'ben')).not.toHaveProperty('conversation');

    const csv = (await bg.send({ type: 'backup.export', format: 'csv' })).text.split('\r\n');
    const header = csv[0]!.split(',');
    expect(header.slice(12, 16)).toEqual(['conversationStage', 'conversationRequestedAt', 'conversationFollowedUpAt', 'conversationStageChangedAt']);
    const ana = csv.find((line) => line.startsWith('ANA,'))!.split(',');
    expect(ana.slice(12, 16)).toEqual(['requested', '2026-05-20T09:00:00.000Z', '2026-05-28T09:00:00.000Z', '']);
    expect(csv.find((line) => line.startsWith('BEN,'))!.split(',').slice(12, 16)).toEqual(['', '', '', '']);

    const other = createBackground();
    await other.send({ type: 'backup.import', text: json.text, mode: 'replace' });
    expect((await other.store.state()).invitations.get('ana')?.conversation).toEqual(conversation);
  });

  it('a damaged conversation is refused with its place named, and nothing is applied', async () => {
    const bg = createBackground();
    await bg.send({ type: 'backup.import', text: file(2, [invitation('kept')]), mode: 'replace' });
    const before = bg.local.dump();
    const bad = file(2, [invitation('ana', { conversation: { ...conversation, stage: 'ghosted' } }), invitation('ben', { conversation: { stage: 'met' } })]);
    const failure = await bg.send({ type: 'backup.import', text: bad, mode: 'merge' }).catch((error: { details: string[] }) => error);
    expect((failure as { details: string[] }).details.join('\n')).toMatch(/invitations\[0\]\.conversation\.stage[\s\S]*invitations\[1\]\.conversation\.requestedAt/);
    expect(bg.local.dump()).toBe(before);
  });

  it('merge takes the conversation that went further, and never moves one back', async () => {
    const bg = createBackground();
    await bg.send({ type: 'backup.import', text: file(2, [invitation('ana'), invitation('ben', { conversation: { ...conversation, stage: 'met', stageChangedAt: '2026-05-30T09:00:00.000Z' } })]), mode: 'replace' });
    await bg.send({ type: 'backup.import', text: file(2, [invitation('ana', { conversation }), invitation('ben', { conversation })]), mode: 'merge' });
    const state = await bg.store.state();
    expect(state.invitations.get('ana')?.conversation).toEqual(conversation);
    expect(state.invitations.get('ben')?.conversation?.stage).toBe('met');
  });

  it('a backup from a newer Rapport (version 3) is refused, not read in part', async () => {
    const parsed = await parseBackup(file(3, []));
    expect(parsed.ok ? '' : parsed.message).toMatch(/newer Rapport/);
  });
});
