// Issue 15, item 3: storage.sync's limits told apart. A write-rate limit (or Rapport's own budget
// under it) makes writes wait in a local journal and coalesce; nothing moves and nothing is lost,
// even if the worker stops while a write waits. Only a size quota moves templates to
// storage.local, and they move back to sync once they fit. The notice names the limit.
process.env.TZ = 'Europe/Berlin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Store } from '../../../src/background/store/store';
import { createBackground, setNow } from './background';
import { FakeArea } from './fake-browser';

/** Chrome's sync: 8 KB per item, 100 KB in all, 120 writes a minute. */
const chromeSync = () => new FakeArea({ perItem: 8192, total: 102_400, writesPerMinute: 120 });
const fresh = (sync = chromeSync()) => createBackground({ local: new FakeArea(), sync, session: new FakeArea() });
const syncOps = (area: FakeArea) => area.writes + area.removes;

describe('sync quotas', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-11-23T10:00:00');
  });
  afterEach(() => vi.useRealTimers());

  it('keeps all of 200 template edits made in one minute, in sync, in at most 120 writes', async () => {
    const bg = fresh();
    await bg.send({ type: 'templates.list' });
    const before = syncOps(bg.sync);
    const last = new Map<string, string>();
    for (let i = 0; i < 200; i += 1) {
      const id = `t${i % 10}`;
      const body = `Hi {{firstName}}, edit ${i}`;
      await bg.send({ type: 'templates.save', template: { id, name: `Template ${i % 10}`, body, kind: 'invitation' } });
      last.set(id, body);
      await vi.advanceTimersByTimeAsync(300);
    }
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    const written = syncOps(bg.sync) - before;
    console.info(`200 edits in 60 s → ${written} sync writes`);
    expect(written).toBeLessThanOrEqual(120);
    const list = await bg.send({ type: 'templates.list' });
    expect(list.area).toBe('sync');
    expect(list.notice).toBeNull();
    for (const [id, body] of last) expect(bg.sync.raw(`t:${id}`)).toMatchObject({ body });
    expect(bg.local.raw('syncPending')).toBeUndefined();
    expect((await bg.restart().send({ type: 'templates.list' })).templates.filter((t) => last.has(t.id)).map((t) => t.body)).toEqual([...last.values()]);
  });

  it('waits out sync’s own per-minute limit instead of moving anything, and says which limit it was', async () => {
    const bg = fresh(new FakeArea({ perItem: 8192, total: 102_400, writesPerMinute: 10 }));
    await bg.send({ type: 'templates.list' });
    for (let i = 0; i < 30; i += 1) await bg.send({ type: 'templates.save', template: { id: `r${i}`, name: `R${i}`, body: `body ${i}`, kind: 'invitation' } });
    const waiting = await bg.send({ type: 'templates.list' });
    expect(waiting.area).toBe('sync');
    expect(waiting.notice).toMatchObject({ kind: 'sync-rate', limit: 'MAX_WRITE_OPERATIONS_PER_MINUTE' });
    expect(waiting.notice?.message).not.toMatch(/no longer fit/);
    expect(bg.local.raw('syncPending')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    const landed = await bg.send({ type: 'templates.list' });
    expect(landed).toMatchObject({ area: 'sync', notice: null });
    expect(bg.sync.raw('order')).toEqual(landed.templates.map((t) => t.id));
    for (let i = 0; i < 30; i += 1) expect(bg.sync.raw(`t:r${i}`)).toMatchObject({ body: `body ${i}` });
  });

  it('treats the hourly write limit as a wait too', async () => {
    const bg = fresh();
    await bg.send({ type: 'templates.list' });
    bg.sync.failNextSet = 'This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.';
    await bg.send({ type: 'settings.set', patch: { myName: 'Sam' } });
    expect(await bg.send({ type: 'templates.list' })).toMatchObject({ area: 'sync', notice: { kind: 'sync-rate', limit: 'MAX_WRITE_OPERATIONS_PER_HOUR' } });
    expect((await bg.send({ type: 'settings.get' })).settings.myName).toBe('Sam');
    await vi.advanceTimersByTimeAsync(11 * 60_000);
    expect(bg.sync.raw('settings')).toMatchObject({ myName: 'Sam' });
  });

  it('loses no waiting write when the worker stops: the next start reads the journal and flushes it', async () => {
    const bg = fresh(new FakeArea({ writesPerMinute: 5 }));
    await bg.send({ type: 'templates.list' });
    for (let i = 0; i < 12; i += 1) await bg.send({ type: 'templates.save', template: { id: 'w', name: 'Waiting', body: `version ${i}`, kind: 'invitation' } });
    expect(bg.sync.raw('t:w')).not.toMatchObject({ body: 'version 11' });
    // The worker stops: its timers die with it; storage is all that is left.
    vi.clearAllTimers();
    const next = bg.restart();
    const list = await next.send({ type: 'templates.list' });
    expect(list.templates.find((t) => t.id === 'w')?.body).toBe('version 11');
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(next.sync.raw('t:w')).toMatchObject({ body: 'version 11' });
    expect(next.local.raw('syncPending')).toBeUndefined();
  });

  it('an import that sync cannot take now is kept in the journal and reaches sync later', async () => {
    const bg = fresh();
    await bg.send({ type: 'templates.list' });
    bg.sync.failNextSet = 'IO error';
    const text = JSON.stringify({ format: 'rapport-backup', version: 1, templates: [{ id: 'imp', name: 'Imported', body: 'Hi' }] });
    await expect(bg.send({ type: 'backup.import', mode: 'merge', text })).resolves.toMatchObject({ templates: { added: 1 } });
    expect(bg.sync.raw('t:imp')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(bg.sync.raw('t:imp')).toMatchObject({ name: 'Imported' });
  });

  it('moves templates to local on a real size quota, naming it, and back to sync once they fit', async () => {
    const bg = fresh();
    const big = 'x'.repeat(1900);
    for (let i = 0; i < 60; i += 1) {
      await bg.send({ type: 'templates.save', template: { id: `big${i}`, name: `T${i}`, body: big + i, kind: 'invitation' } });
      await vi.advanceTimersByTimeAsync(2000);
    }
    const moved = await bg.send({ type: 'templates.list' });
    expect(moved).toMatchObject({ area: 'local', notice: { kind: 'sync-quota', limit: 'QUOTA_BYTES' } });
    expect(moved.notice?.message).toMatch(/100 KB limit \(QUOTA_BYTES\)/);
    expect(moved.templates).toHaveLength(62);
    for (let i = 0; i < 30; i += 1) {
      await bg.send({ type: 'templates.delete', id: `big${i}` });
      await vi.advanceTimersByTimeAsync(2000);
    }
    const back = await bg.send({ type: 'templates.list' });
    expect(back).toMatchObject({ area: 'sync', notice: { kind: 'sync-restored' } });
    expect(back.templates).toHaveLength(32);
    expect(bg.sync.raw('order')).toEqual(back.templates.map((t) => t.id));
    expect(bg.sync.raw('t:big0')).toBeUndefined();
    expect(bg.sync.raw('t:big59')).toMatchObject({ body: `${big}59` });
    expect((JSON.parse(bg.local.dump()) as [string][]).map(([key]) => key).filter((key) => key.startsWith('t:') || key === 'order')).toEqual([]);
    // Another edit goes to sync again, and a restarted worker reads sync.
    await bg.send({ type: 'templates.save', template: { id: 'big59', name: 'T59', body: 'short now', kind: 'invitation' } });
    expect(bg.sync.raw('t:big59')).toMatchObject({ body: 'short now' });
    expect((await bg.restart().send({ type: 'templates.list' })).area).toBe('sync');
  });

  it('names the per-item limit when one template is too large for sync', async () => {
    const bg = fresh();
    await bg.send({ type: 'templates.list' });
    bg.sync.failNextSet = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    await bg.send({ type: 'templates.save', template: { id: 'one', name: 'One', body: 'x', kind: 'invitation' } });
    const list = await bg.send({ type: 'templates.list' });
    expect(list).toMatchObject({ area: 'local', notice: { kind: 'sync-quota', limit: 'QUOTA_BYTES_PER_ITEM' } });
    expect(list.notice?.message).toMatch(/8 KB/);
  });

  it('asks for an alarm when a write waits longer than an idle worker lives', async () => {
    const wakes: number[] = [];
    const sync = chromeSync();
    const store = new Store({ local: new FakeArea(), sync }, [], { wakeAt: (at) => wakes.push(at) });
    await store.state();
    sync.failNextSet = 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.';
    await store.saveConfig({ templates: [{ id: 'a', name: 'A', body: 'Hi', kind: 'invitation' }] });
    expect(wakes).toEqual([Date.now() + 61_000]);
  });
});
