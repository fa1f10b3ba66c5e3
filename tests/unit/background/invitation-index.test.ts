// The invitation index (store/invitation-index.ts) and the worker's first answers from it
// (store/start-view.ts): written with the records, read back equal; anything missing, torn,
// invalid or out of date sends the start to the full load, which writes the index anew.
process.env.TZ = 'Europe/Berlin';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompactRecord } from '../../../src/background/store/compact-check';
import { chunkText, entryText, readChunkText, readEntryText } from '../../../src/background/store/index-text';
import { entryOf, IndexChunk, IndexEntries, isEntry, type IndexEntry } from '../../../src/background/store/invitation-index';
import { encodeInvitation } from '../../../src/background/store/invitation-record';
import { conversationStages, type Invitation } from '../../../src/core/schemas';
import { createBackground, daysAgo, setNow, type TestBackground } from './background';
import { FakeArea } from './fake-browser';

const person = (n: number, over: Partial<Invitation> = {}): Invitation => ({
  id: `inv${n}`,
  profileUrl: `https://www.linkedin.com/in/person-${n}/`,
  vanity: `person-${n}`,
  name: `Person ${n}`,
  note: n % 2 ? 'Hi there' : '',
  sentAt: daysAgo(n % 30),
  status: 'pending',
  source: 'composer',
  ...over,
});

const indexKeys = (local: FakeArea) => [...local.data.keys()].filter((key) => key.startsWith('x:'));
/** What the index holds, as entries sorted by id, and the records' own entries. */
const chunk = (local: FakeArea, key: string) => readChunkText(local.raw(key))!;
const indexed = (local: FakeArea) => indexKeys(local).filter((key) => key !== 'x:head').flatMap((key) => chunk(local, key)).sort((a, b) => String((a as string[])[0]).localeCompare(String((b as string[])[0])));
// A stored record has no id (v4): its key names it.
const fromRecords = (local: FakeArea) => [...local.data.keys()].filter((key) => key.startsWith('i:')).sort().map((key) => entryOf({ ...(local.raw(key) as CompactRecord), i: key.slice(2) }));

async function seeded(): Promise<TestBackground> {
  const bg = createBackground();
  await bg.store.putInvitations(Array.from({ length: 40 }, (_, n) => person(n, n % 7 === 0 ? { status: 'accepted', statusChangedAt: daysAgo(3), conversation: { stage: 'requested', requestedAt: daysAgo(9) } } : {})));
  await bg.store.putInvitations([person(5, { status: 'declined', followedUpAt: daysAgo(1) })]);
  await bg.store.removeInvitation('inv6');
  return bg;
}

/** The first answers of a fresh worker, and whether they came from the index. */
async function firstAnswers(bg: TestBackground) {
  const worker = bg.restart();
  const fromIndex = (await worker.store.startView()) !== null;
  const opening = await worker.send({ type: 'queue.open', limit: 5 });
  const load = await worker.send({ type: 'composer.load', profileUrl: 'https://www.linkedin.com/in/person-7/' });
  const badge = await worker.badge();
  return { worker, fromIndex, answers: { opening, guard: load.guard, templates: load.templates, badge } };
}

describe('invitation index', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-11-23T10:00:00');
  });
  afterEach(() => vi.useRealTimers());

  it('is written with every put and removal, and the first answers from it equal the full load\'s', async () => {
    const bg = await seeded();
    expect(indexed(bg.local)).toEqual(fromRecords(bg.local));
    expect(bg.local.raw('x:head')).toEqual({ v: 2, n: 39 });
    const first = await firstAnswers(bg);
    expect(first.fromIndex).toBe(true);
    // The same questions of a worker whose full load ran first.
    const full = bg.restart();
    await full.store.state();
    expect(await full.store.startView()).toBeNull();
    expect(await full.send({ type: 'queue.open', limit: 5 })).toEqual(first.answers.opening);
    expect((await full.send({ type: 'composer.load', profileUrl: 'https://www.linkedin.com/in/person-7/' })).guard).toEqual(first.answers.guard);
    expect(await full.badge()).toBe(first.answers.badge);
    expect(first.answers.guard?.tracked?.id).toBe('inv7');
    expect(first.answers.opening.summary.total).toBe(39);
  });

  it('is replaced whole by a replace import, in the same set as the records', async () => {
    const bg = await seeded();
    await bg.store.replaceInvitations([person(100), person(101)]);
    expect(bg.local.raw('x:head')).toEqual({ v: 2, n: 2 });
    expect(indexed(bg.local)).toEqual(fromRecords(bg.local));
  });

  it('a failed write changes neither the records nor the index, in storage or in memory', async () => {
    const bg = await seeded();
    const before = bg.local.dump();
    bg.local.failNextSet = 'disk full';
    await expect(bg.store.putInvitations([person(200)])).rejects.toThrow('disk full');
    expect(bg.local.dump()).toBe(before);
    await bg.store.putInvitations([person(201)]);
    expect(indexed(bg.local)).toEqual(fromRecords(bg.local));
  });

  it('a worker stopped between a removal\'s index write and the removal: the next start finishes it', async () => {
    const bg = await seeded();
    bg.local.remove = async () => {
      throw new Error('worker stopped');
    };
    await expect(bg.store.removeInvitation('inv8')).rejects.toThrow('worker stopped');
    bg.local.remove = FakeArea.prototype.remove.bind(bg.local);
    expect(bg.local.raw('journal')).toEqual({ remove: ['i:inv8'] });
    const worker = bg.restart();
    expect(await worker.store.startView()).toBeNull(); // a pending journal: the full load answers
    expect((await worker.send({ type: 'queue.summary' })).total).toBe(38);
    expect(bg.local.raw('i:inv8')).toBeUndefined();
    expect(indexed(bg.local)).toEqual(fromRecords(bg.local));
  });

  const damage: [string, (local: FakeArea) => void][] = [
    ['a missing chunk', (local) => local.data.delete(indexKeys(local).find((key) => key !== 'x:head' && chunk(local, key).length > 0)!)],
    ['a missing head', (local) => local.data.delete('x:head')],
    ['a head that counts wrong (torn)', (local) => local.data.set('x:head', JSON.stringify({ v: 2, n: 38 }))],
    ['an invalid entry', (local) => local.data.set('x:0', JSON.stringify('inv-x k -1 0'))],
    ['an entry whose time is not canonical', (local) => {
      const key = indexKeys(local).find((k) => k !== 'x:head' && chunk(local, k).length > 0)!;
      local.data.set(key, JSON.stringify((local.raw(key) as string).replace(/^(\S+ \S+ )/, '$10')));
    }],
    ['an entry in the wrong chunk', (local) => {
      const key = indexKeys(local).find((k) => k !== 'x:head' && chunk(local, k).length > 0)!;
      const other = key === 'x:1' ? 'x:2' : 'x:1';
      local.data.set(other, JSON.stringify([local.raw(other), local.raw(key)].filter(Boolean).join('|')));
      local.data.set(key, '""');
    }],
    ['a chunk that is not text', (local) => local.data.set('x:3', JSON.stringify({ nope: true }))],
    ['a v1 index (entries as JSON arrays)', (local) => {
      for (const key of indexKeys(local)) if (key !== 'x:head') local.data.set(key, JSON.stringify(chunk(local, key)));
      local.data.set('x:head', JSON.stringify({ v: 1, n: 39 }));
    }],
  ];
  for (const [what, harm] of damage) {
    it(`${what}: the first answers come from the full load, which writes the index anew`, async () => {
      const bg = await seeded();
      const good = fromRecords(bg.local);
      harm(bg.local);
      const first = await firstAnswers(bg);
      expect(first.fromIndex).toBe(false);
      expect(first.answers.opening.summary.total).toBe(39);
      expect(indexed(bg.local)).toEqual(good);
      expect(bg.local.raw('x:head')).toEqual({ v: 2, n: 39 });
      expect((await firstAnswers(bg)).fromIndex).toBe(true);
    });
  }

  it('an index that differs from the records is rewritten by the full load after the first answer', async () => {
    const bg = await seeded();
    // A record changed behind the index's back (as no write of Rapport's can): accepted, not pending.
    const record = bg.local.raw('i:inv1') as Record<string, unknown>;
    bg.local.data.set('i:inv1', JSON.stringify({ ...record, st: 1, sc: Date.parse(daysAgo(1)) }));
    const worker = bg.restart();
    expect(await worker.store.startView()).not.toBeNull();
    await worker.send({ type: 'queue.summary' });
    await vi.runAllTimersAsync(); // the full load, queued after the first answer
    await worker.store.state();
    expect(indexed(bg.local)).toEqual(fromRecords(bg.local));
  });

  it('an answer that needs a record differing from its entry is asked of the full load', async () => {
    const bg = await seeded();
    const record = bg.local.raw('i:inv7') as Record<string, unknown>;
    bg.local.data.set('i:inv7', JSON.stringify({ ...record, s: Date.parse(daysAgo(2)) }));
    const { answers } = await firstAnswers(bg);
    expect(answers.guard?.tracked?.sentAt).toBe(daysAgo(2));
    expect(indexed(bg.local)).toEqual(fromRecords(bg.local));
  });

  it('a store from before the index (records only) is read in full once and indexed', async () => {
    const local = new FakeArea();
    const sync = new FakeArea();
    await local.set({ meta: { v: 1, configArea: 'sync', seeded: true }, 'i:old1': { v: 1, id: 'old1', profileUrl: 'https://www.linkedin.com/in/ana/', name: 'Ana', note: 'Hi', sentAt: daysAgo(10), status: 'pending', source: 'composer' }, 'i:inv1': encodeInvitation(person(1)) });
    const bg = createBackground({ local, sync, session: new FakeArea() });
    const first = await firstAnswers(bg);
    expect(first.fromIndex).toBe(false);
    expect((await first.worker.send({ type: 'quarantine.list' })).items).toEqual([]);
    expect(first.answers.opening.summary.total).toBe(2);
    expect(indexed(local)).toEqual(fromRecords(local));
    const again = await firstAnswers(bg);
    expect(again.fromIndex).toBe(true);
    expect(again.answers).toEqual(first.answers);
  });

  it('a first start (nothing stored) and delete-all go to the full load', async () => {
    const bg = createBackground();
    expect(await bg.store.startView()).toBeNull();
    await bg.store.putInvitations([person(1)]);
    await bg.store.clearAll();
    expect(await bg.restart().store.startView()).toBeNull();
  });
});

describe('index entries', () => {
  const entry = fc.tuple(
    fc.oneof(fc.string({ maxLength: 66 }), fc.constant(7)),
    fc.oneof(fc.string({ maxLength: 201 }), fc.constant(null)),
    fc.constantFrom(0, -1, 1.5, 8.64e15, 8.64e15 + 1, 1_700_000_000_000, '1'),
    fc.integer({ min: -1, max: 12 }),
    fc.constantFrom(undefined, null, 5, -5, 'x'),
    fc.constantFrom(undefined, null, 5, 1.5),
    fc.constantFrom(undefined, [0, 1], [3, 1, 2], [4, 1], [0, -1], [0], [1, 2, 3, 4], 'q'),
  ).map((parts) => {
    const out: unknown[] = [...parts];
    while (out.length > 2 && out[out.length - 1] === undefined) out.pop();
    return out;
  });

  it('the fast check accepts only what zod accepts', () => {
    fc.assert(fc.property(entry, (raw) => {
      if (isEntry(raw)) expect(IndexEntries.safeParse([raw]).success).toBe(true);
    }), { numRuns: 3000 });
  });

  // Entries as entryOf() makes them: any id and key (the separators and `%` among them), times.
  const time = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2 ** 42 }), fc.constant(8.64e15));
  const text = (max: number) => fc.string({ minLength: 1, maxLength: max, unit: fc.constantFrom('a', 'Z', '-', '%', ' ', '|', '2', '5', '7', 'C', 'é', '"', '\\') });
  const made = fc
    .tuple(text(64), text(200), time, fc.integer({ min: 0, max: 9 }), fc.option(time), fc.option(time), fc.option(fc.tuple(fc.integer({ min: 0, max: conversationStages.length - 1 }), time, fc.option(time))))
    .map(([id, key, sent, code, changed, followed, q]): IndexEntry => {
      const entry: IndexEntry = [id, key, sent, code, changed, followed];
      if (q) entry.push(q[2] === null ? [q[0], q[1]] : [q[0], q[1], q[2]]);
      else while (entry.length > 4 && entry[entry.length - 1] === null) entry.pop();
      return entry;
    });

  it('as text, read back equal (lossless), and the text is the only one read as that entry', () => {
    fc.assert(fc.property(fc.array(made, { maxLength: 4 }), (entries) => {
      const stored = chunkText(entries.map(entryText));
      expect(readChunkText(stored)).toEqual(entries);
      expect(IndexChunk.safeParse(stored).success).toBe(true);
      for (const entry of entries) expect(entryText(readEntryText(entryText(entry))!)).toBe(entryText(entry));
    }), { numRuns: 2000 });
  });

  it('text that entryText() never writes is not read', () => {
    for (const line of ['a b 0', 'a b 0 0 1 2 3', 'a b 00 0', 'a b A 0', 'a b -1 0', 'a b 1.5 0', 'a b 0 0 ', 'a b 0 0  ', 'a%zz b 0 0', 'a b 0 0   1', 'a b 0 0 1 2 0 X', 'a b 0 0 1 2 3 4 5 6']) {
      expect(readEntryText(line), line).toBeNull();
    }
    expect(readChunkText(['a b 0 0'])).toBeNull();
    expect(readChunkText('a b 0 0||c d 0 0')).toBeNull();
    expect(readEntryText('a%20b%7C%25 k%20 1 1  2')).toEqual(['a b|%', 'k ', 1, 1, null, 2]);
  });
});
