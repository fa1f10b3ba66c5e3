// Issue 15, item 2 and the import half of 6: an imported file is read in linear, bounded work,
// outside the single-writer queue (other requests are answered while it is read or refused),
// once for preview and apply; a cut-off file says where it ends; a backup with nothing new in
// it writes nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as parseModule from '../../../src/core/backup/parse';
import { checkJsonShape, findKeys, utf8Length } from '../../../src/core/backup/scan';
import { createBackground } from './background';

vi.mock('../../../src/core/backup/parse', async (original) => {
  const actual = await original<typeof import('../../../src/core/backup/parse')>();
  return { ...actual, parseBackup: vi.fn(actual.parseBackup) };
});
const parseCalls = () => vi.mocked(parseModule.parseBackup).mock.calls.length;
afterEach(() => vi.mocked(parseModule.parseBackup).mockClear());

const deep = (levels: number) => `{"format":"rapport-backup","version":1,"settings":${'['.repeat(levels)}${']'.repeat(levels)}}`;
const person = (i: number) => ({ id: `p${i}`, profileUrl: `https://www.linkedin.com/in/example-person-${i}/`, name: `Person ${i}`, sentAt: '2026-11-01T09:00:00Z' });
const backupOf = (invitations: object[], extra: object = {}) => JSON.stringify({ format: 'rapport-backup', version: 1, invitations, ...extra });

describe('the shape check before JSON.parse', () => {
  it('counts brackets outside strings only, and says where nesting passes the cap', () => {
    expect(checkJsonShape(`{"note":"${'['.repeat(1000)}\\"{{{"}`)).toBeNull();
    expect(checkJsonShape(deep(64 - 1))).toBeNull();
    expect(checkJsonShape(deep(64))).toEqual({ kind: 'too-deep', byte: 50 + 63 });
  });

  it('tells a file that was cut off (open brackets or an open string) and counts its bytes in UTF-8', () => {
    expect(checkJsonShape('{"name":"Zoë')).toEqual({ kind: 'ends-early', byte: 13 });
    expect(checkJsonShape('{"a":[1,2')).toEqual({ kind: 'ends-early', byte: 9 });
    expect(checkJsonShape('{"a":"\\"}')).toEqual({ kind: 'ends-early', byte: 9 });
    expect(utf8Length('a€😀', 4)).toBe(1 + 3 + 4);
  });

  it('finds forbidden keys with one visit per value and stops at the node cap', () => {
    const wide = { list: Array.from({ length: 10_000 }, (_, i) => ({ i, nested: { constructor: i === 9_999 ? 1 : undefined } })) };
    const found = findKeys(wide, new Set(['constructor']), 5);
    expect(found).toEqual({ ok: false, tooMany: false, paths: expect.arrayContaining(['list[9999].nested.constructor']) as unknown });
    expect(findKeys(wide, new Set(['nothing']), 5, 1000)).toEqual({ ok: false, tooMany: true });
    expect(findKeys(wide, new Set(['nothing']), 5)).toEqual({ ok: true });
  });
});

describe('importing outside the queue', () => {
  it('refuses a backup nested 120,000 deep at once, and answers other requests meanwhile', async () => {
    const bg = createBackground();
    await bg.send({ type: 'templates.list' });
    const text = deep(120_000);
    const started = performance.now();
    let refusedAfter = Infinity;
    const refused = bg.send({ type: 'backup.preview', mode: 'merge', text }).then(
      () => null,
      (error: { message: string }) => {
        refusedAfter = performance.now() - started;
        return error;
      },
    );
    const latencies: number[] = [];
    const others = Array.from({ length: 20 }, async () => {
      const asked = performance.now();
      await bg.send({ type: 'queue.summary' });
      latencies.push(performance.now() - asked);
    });
    const [error] = await Promise.all([refused, ...others]);
    expect(error?.message).toMatch(/more than 64 levels deep/);
    expect(latencies).toHaveLength(20);
    console.info(`120,000-deep backup refused in ${refusedAfter.toFixed(1)} ms; queue.summary answered in max ${Math.max(...latencies).toFixed(1)} ms meanwhile`);
  });

  it('answers other requests while a large valid backup is still being validated', async () => {
    const bg = createBackground();
    await bg.send({ type: 'templates.list' });
    const text = backupOf(Array.from({ length: 20_000 }, (_, i) => person(i)));
    const order: string[] = [];
    const importing = bg.send({ type: 'backup.import', mode: 'merge', text }).then((summary) => {
      order.push('import');
      return summary;
    });
    await bg.send({ type: 'settings.get' }).then(() => order.push('settings'));
    expect((await importing).invitations.added).toBe(20_000);
    expect(order).toEqual(['settings', 'import']);
  });

  it('validates a file once for preview and apply; an unknown handle (after a restart) validates again', async () => {
    const bg = createBackground();
    const text = backupOf([person(1), person(2)]);
    const preview = await bg.send({ type: 'backup.preview', mode: 'merge', text });
    expect(preview.invitations.added).toBe(2);
    await expect(bg.send({ type: 'backup.import', mode: 'merge', text, handle: preview.handle })).resolves.toMatchObject({ invitations: { added: 2 } });
    expect(parseCalls()).toBe(1);
    // The handle is used once; naming it again (or a handle a restarted worker never gave) reads the file again.
    await expect(bg.send({ type: 'backup.import', mode: 'merge', text, handle: preview.handle })).resolves.toMatchObject({ invitations: { added: 0, duplicates: 2 } });
    expect(parseCalls()).toBe(2);
  });

  it('never applies a cached file to a different text named by the same handle', async () => {
    const bg = createBackground();
    const preview = await bg.send({ type: 'backup.preview', mode: 'merge', text: backupOf([person(1)]) });
    const other = backupOf([person(7), person(8)]);
    await expect(bg.send({ type: 'backup.import', mode: 'merge', text: other, handle: preview.handle })).resolves.toMatchObject({ invitations: { added: 2 } });
    expect((await bg.send({ type: 'invitations.list' })).items.map((i) => i.id).sort()).toEqual(['p7', 'p8']);
  });
});

describe('a cut-off file and an empty backup', () => {
  it('says where a cut-off file ends, in bytes, counting a byte-order mark and non-ASCII letters', async () => {
    const bg = createBackground();
    const text = '\uFEFF{"format":"rapport-backup","version":1,"invitations":[{"name":"Zoë';
    const error = await bg.send({ type: 'backup.import', mode: 'merge', text }).catch((e: unknown) => e as { message: string });
    expect(error).toMatchObject({ message: expect.stringMatching(/^The file ends early \(at byte 70\)/) as unknown });
    expect(Buffer.byteLength(text)).toBe(70);
  });

  it('an empty backup writes nothing at all, in either mode, when it changes nothing', async () => {
    const bg = createBackground();
    await bg.send({ type: 'invitation.sent', profileUrl: 'https://www.linkedin.com/in/example-name/', name: 'Example Name', note: 'hello' });
    await bg.send({ type: 'settings.set', patch: { myName: 'Sam' } });
    const before = bg.local.dump() + bg.sync.dump();
    const writes = bg.local.writes + bg.sync.writes;
    for (const text of ['{"format":"rapport-backup","version":1}', backupOf([], { templates: [], settings: {} })]) {
      const summary = await bg.send({ type: 'backup.import', mode: 'merge', text });
      expect(summary).toMatchObject({ templates: { added: 0, updated: 0, removed: 0 }, invitations: { added: 0, updated: 0, removed: 0 }, settingsChanged: [] });
    }
    // Replacing everything with one's own fresh export changes nothing either.
    const exported = await bg.send({ type: 'backup.export', format: 'json' });
    await bg.send({ type: 'backup.import', mode: 'replace', text: exported.text });
    expect(bg.local.dump() + bg.sync.dump()).toBe(before);
    expect(bg.local.writes + bg.sync.writes).toBe(writes);
  });

  it('on a first start an empty backup writes no settings into sync', async () => {
    const bg = createBackground();
    await bg.send({ type: 'templates.list' });
    const before = bg.sync.dump();
    await bg.send({ type: 'backup.import', mode: 'merge', text: '{"format":"rapport-backup","version":1}' });
    expect(bg.sync.dump()).toBe(before);
    expect(bg.sync.raw('settings')).toBeUndefined();
  });
});
