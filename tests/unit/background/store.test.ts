// The store over fake storage: migrations from every earlier version, quarantine, the sync
// quota fallback, the replace journal, and the single writer under concurrency.
process.env.TZ = 'Europe/Berlin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeInvitation } from '../../../src/background/store/invitation-record';
import { createBackground, setNow, testStarters } from './background';
import { FakeArea } from './fake-browser';

const longForm = {
  id: 'old1',
  profileUrl: 'https://www.linkedin.com/in/Ana-Souza/?trk=x',
  name: 'Ana Souza',
  company: 'Acme',
  note: 'Hi Ana',
  sentAt: '2026-11-01T09:00:00.000Z',
  status: 'pending',
  source: 'composer',
};

describe('background store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-11-23T10:00:00');
  });
  afterEach(() => vi.useRealTimers());

  it('installs the starter templates once, on first start', async () => {
    const bg = createBackground();
    expect((await bg.send({ type: 'templates.list' })).templates.map((t) => t.id)).toEqual(testStarters.map((t) => t.id));
    await bg.send({ type: 'templates.delete', id: 'starter-hello' });
    await bg.send({ type: 'templates.delete', id: 'starter-follow' });
    expect((await bg.restart().send({ type: 'templates.list' })).templates).toEqual([]);
  });

  it('migrates an invitation stored in the v1 long form (and unversioned) to the compact form (now v4, its id in its key only)', async () => {
    const local = new FakeArea();
    await local.set({ 'i:old1': { v: 1, ...longForm }, 'i:old2': { ...longForm, id: 'old2', profileUrl: 'https://www.linkedin.com/in/b%C3%A9a/' } });
    const bg = createBackground({ local, sync: new FakeArea(), session: new FakeArea() });
    const { items } = await bg.send({ type: 'invitations.list', order: 'oldest' });
    expect(items.map((i) => [i.id, i.profileUrl, i.name, i.note])).toEqual([
      ['old1', 'https://www.linkedin.com/in/ana-souza/', 'Ana Souza', 'Hi Ana'],
      ['old2', 'https://www.linkedin.com/in/b%C3%A9a/', 'Ana Souza', 'Hi Ana'],
    ]);
    expect(local.raw('i:old1')).toMatchObject({ v: 4, k: 'ana-souza', n: 'Ana Souza', t: 'Hi Ana' });
    expect(local.raw('i:old1')).not.toHaveProperty('i');
    expect(local.raw('i:old2')).toMatchObject({ v: 4, k: 'béa' });
  });

  it('migrates unversioned settings (numeric note limit) and templates to version 1', async () => {
    const sync = new FakeArea();
    await sync.set({ settings: { followUpAfterDays: 5, noteLimit: 300 }, 't:a': { id: 'a', name: 'A', body: 'Hi' }, order: ['a'] });
    const bg = createBackground({ local: new FakeArea(), sync, session: new FakeArea() });
    const { settings } = await bg.send({ type: 'settings.get' });
    expect(settings).toMatchObject({ followUpAfterDays: 5, noteLimit: '300', giveUpAfterDays: 21 });
    expect(sync.raw('settings')).toMatchObject({ v: 1, noteLimit: '300' });
    expect(sync.raw('t:a')).toEqual({ v: 1, id: 'a', name: 'A', body: 'Hi', kind: 'invitation' });
    expect((await bg.send({ type: 'templates.list' })).templates.map((t) => t.id)).toEqual(['a']);
  });

  it('keeps unreadable records aside, in place and byte-identical, with the reason', async () => {
    const local = new FakeArea();
    const sync = new FakeArea();
    const good = encodeInvitation({ ...longForm, id: 'ok', profileUrl: 'https://www.linkedin.com/in/ok/', status: 'pending', source: 'composer' } as never);
    await local.set({ 'i:ok': good, 'i:bad': { v: 2, i: 'bad', k: 'x', n: 42, s: 1 }, 'i:future': { v: 9, i: 'future' }, 'i:moved': { ...good, i: 'other' } });
    await sync.set({ 't:broken': { v: 1, id: 'broken', name: '', body: 'x' }, settings: { v: 1, followUpAfterDays: 'soon' } });
    const before = local.dump() + sync.dump();
    const bg = createBackground({ local, sync, session: new FakeArea() });
    expect((await bg.send({ type: 'invitations.list' })).total).toBe(1);
    const { items } = await bg.send({ type: 'quarantine.list' });
    const reasons = Object.fromEntries(items.map((q) => [q.key, q.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['i:bad', 'i:future', 'i:moved', 'settings', 't:broken']);
    expect(reasons['i:bad']).toMatch(/^n: /);
    expect(reasons['i:future']).toMatch(/newer Rapport/);
    expect(reasons.settings).toMatch(/followUpAfterDays/);
    expect(items.find((q) => q.key === 'i:bad')?.raw).toBe(JSON.stringify({ v: 2, i: 'bad', k: 'x', n: 42, s: 1 }));
    expect((await bg.send({ type: 'settings.get' })).settings.followUpAfterDays).toBe(7);
    // Nothing was rewritten or removed: only the "starters installed" bookkeeping and the
    // invitation index (of the one readable record) were added.
    expect(local.raw('x:head')).toEqual({ v: 2, n: 1 });
    await local.remove(['meta', ...[...local.data.keys()].filter((key) => key.startsWith('x:'))]);
    expect(local.dump() + sync.dump()).toBe(before);
    expect(await bg.send({ type: 'quarantine.discard', key: 'i:bad' })).toEqual({ discarded: true });
    expect(local.raw('i:bad')).toBeUndefined();
  });

  it('discarding a kept-aside record leaves a valid one written since under its key', async () => {
    const local = new FakeArea();
    await local.set({ 'i:bad': { v: 2, i: 'bad', k: 'x', n: 42, s: 1 } });
    const bg = createBackground({ local, sync: new FakeArea(), session: new FakeArea() });
    expect((await bg.send({ type: 'quarantine.list' })).items.map((q) => q.key)).toEqual(['i:bad']);
    // An import of that person wrote a readable record under the same key meanwhile.
    const valid = encodeInvitation({ ...longForm, id: 'bad', profileUrl: 'https://www.linkedin.com/in/bad/', status: 'pending', source: 'import' } as never);
    await local.set({ 'i:bad': valid });
    expect(await bg.send({ type: 'quarantine.discard', key: 'i:bad' })).toEqual({ discarded: true });
    expect(local.raw('i:bad')).toEqual(valid);
    expect((await bg.send({ type: 'quarantine.list' })).items).toEqual([]);
  });

  it('moves templates to local storage on a sync quota error, keeps the write and says so', async () => {
    const bg = createBackground();
    const big = 'x'.repeat(1900);
    // Each template is under sync's 8 KB per item; together they pass its 100 KB total near 50.
    for (let i = 0; i < 60; i += 1) await bg.send({ type: 'templates.save', template: { name: `T${i}`, body: big + i, kind: 'invitation' } });
    const list = await bg.send({ type: 'templates.list' });
    expect(list.templates).toHaveLength(62);
    expect(list.area).toBe('local');
    expect(list.notice?.message).toMatch(/no longer fit/);
    expect(bg.local.raw('order')).toHaveLength(62);
    const restarted = bg.restart();
    expect((await restarted.send({ type: 'templates.list' })).templates).toHaveLength(62);
  });

  it('moves a template over sync’s 8 KB per-item limit to local storage too', async () => {
    const bg = createBackground();
    await bg.send({ type: 'templates.save', template: { id: 'long', name: 'Long', body: '"'.repeat(2000), kind: 'invitation' } });
    const list = await bg.send({ type: 'templates.list' });
    expect(list.area).toBe('sync');
    bg.sync.failNextSet = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    await bg.send({ type: 'templates.save', template: { id: 'long', name: 'Long 2', body: 'x', kind: 'invitation' } });
    expect((await bg.send({ type: 'templates.list' })).area).toBe('local');
    expect(bg.local.raw('t:long')).toMatchObject({ name: 'Long 2' });
  });

  it('finishes an interrupted replace from its journal at the next start', async () => {
    const local = new FakeArea();
    await local.set({ 'i:gone': { v: 1, ...longForm, id: 'gone' }, 'i:kept': { v: 1, ...longForm, id: 'kept', sentAt: '2026-11-02T09:00:00.000Z' }, journal: { remove: ['i:gone'] } });
    const bg = createBackground({ local, sync: new FakeArea(), session: new FakeArea() });
    expect((await bg.send({ type: 'invitations.list' })).items.map((i) => i.id)).toEqual(['kept']);
    expect(local.raw('journal')).toBeUndefined();
    expect(local.raw('i:gone')).toBeUndefined();
  });

  it('stores exactly 500 invitations sent at once from many callers, and survives a restart', async () => {
    const bg = createBackground();
    const sends = Array.from({ length: 500 }, (_, i) =>
      bg.send({ type: 'invitation.sent', profileUrl: `https://www.linkedin.com/in/person-${i}/`, name: `Person ${i}`, note: `Note ${i}` }),
    );
    const results = await Promise.all(sends);
    expect(new Set(results.map((r) => r.invitation.id)).size).toBe(500);
    expect((await bg.send({ type: 'invitations.list', limit: 1000 })).total).toBe(500);
    expect((await bg.restart().send({ type: 'invitations.list', limit: 1 })).total).toBe(500);
  });

  it('keeps a typical invitation under 400 bytes of storage', async () => {
    const bg = createBackground();
    await bg.send({
      type: 'invitation.sent',
      profileUrl: 'https://www.linkedin.com/in/alexandra-novak-4b2c1a/',
      name: 'Alexandra Novak',
      company: 'Northwind Analytics',
      headline: 'Senior Data Engineer at Northwind Analytics',
      note: 'Hi Alexandra, I read your piece on streaming pipelines at Northwind and would value 15 minutes of your view on moving batch jobs to streams. Open to a short call?',
      templateId: 'starter-informational',
    });
    expect(bg.local.bytes('i:')).toBeLessThanOrEqual(400);
  });
});
