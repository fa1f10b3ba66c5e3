// The v4 invitation record (store/invitation-record.ts, issue #19): stored without its id (the key
// names it) and with a company the headline ends with as its length. Lossless for every
// invitation; records of every earlier version and old backups are still read, and migrated.
process.env.TZ = 'Europe/Berlin';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeInvitation, encodeInvitation, storedRecord } from '../../../src/background/store/invitation-record';
import type { Invitation } from '../../../src/core/schemas';
import { createBackground, setNow } from './background';
import { FakeArea } from './fake-browser';

const ana: Invitation = {
  id: 'ana1',
  profileUrl: 'https://www.linkedin.com/in/ana-souza/',
  vanity: 'ana-souza',
  name: 'Ana Souza',
  company: 'Northwind Analytics',
  headline: 'Senior Data Engineer at Northwind Analytics',
  note: 'Hi Ana',
  templateId: 'starter-informational',
  sentAt: '2026-11-01T09:00:00.000Z',
  status: 'pending',
  source: 'composer',
};

/** What a store holding only these raw items answers, and what it keeps aside. */
async function readBack(items: Record<string, unknown>) {
  const local = new FakeArea();
  await local.set(items);
  const bg = createBackground({ local, sync: new FakeArea(), session: new FakeArea() });
  const { items: invitations } = await bg.send({ type: 'invitations.list', order: 'oldest' });
  const { items: kept } = await bg.send({ type: 'quarantine.list' });
  return { local, invitations, kept: kept.map((q) => [q.key, q.reason]) };
}

describe('v4 invitation record', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setNow('2026-11-23T10:00:00');
  });
  afterEach(() => vi.useRealTimers());

  it('is stored without its id and with the company as the headline\'s last characters', async () => {
    const bg = createBackground();
    await bg.store.putInvitations([ana]);
    const stored = bg.local.raw('i:ana1') as Record<string, unknown>;
    expect(stored).toMatchObject({ v: 4, c: 'Northwind Analytics'.length, h: ana.headline });
    expect(stored).not.toHaveProperty('i');
    expect((await bg.restart().send({ type: 'invitations.list' })).items).toMatchObject([ana]);
  });

  it('reads back every invitation it encodes, whatever its company and headline', () => {
    const text = fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'B', ' ', 't', 'é') });
    fc.assert(fc.property(text, text, fc.boolean(), (company, head, ends) => {
      const headline = ends ? `${head}${company}` : head;
      const inv: Invitation = { ...ana, company: company || undefined, headline: headline || undefined };
      const decoded = decodeInvitation(storedRecord(encodeInvitation(inv)), inv.id);
      expect(decoded.ok && decoded.value).toEqual(inv);
    }), { numRuns: 1000 });
  });

  it('reads v1, v2 and v3 records and rewrites them as v4, the invitation unchanged', async () => {
    const v3 = { ...storedRecord(encodeInvitation(ana)), v: 3, i: 'ana1', c: 'Northwind Analytics' };
    const v2 = { ...v3, v: 2, i: 'ana2', s: v3.s + 1 };
    const v1 = { ...ana, v: 1, id: 'ana3', sentAt: '2026-11-01T09:00:00.002Z' };
    const { local, invitations, kept } = await readBack({ 'i:ana1': v3, 'i:ana2': v2, 'i:ana3': v1 });
    expect(kept).toEqual([]);
    expect(invitations).toMatchObject([ana, { ...ana, id: 'ana2', sentAt: '2026-11-01T09:00:00.001Z' }, { ...ana, id: 'ana3', sentAt: v1.sentAt }]);
    for (const key of ['i:ana1', 'i:ana2', 'i:ana3']) {
      expect(local.raw(key)).toMatchObject({ v: 4, c: 19 });
      expect(local.raw(key)).not.toHaveProperty('i');
    }
  });

  it('keeps aside an old record under another record\'s key, and a v4 record whose id differs from its key', async () => {
    const v3 = { ...storedRecord(encodeInvitation(ana)), v: 3, i: 'ana1' };
    const v4 = storedRecord(encodeInvitation(ana));
    const { invitations, kept } = await readBack({ 'i:ana1': v4, 'i:copy3': v3, 'i:copy4': { ...v4, i: 'ana1' } });
    expect(invitations.map((i) => i.id)).toEqual(['ana1']);
    expect(kept).toEqual([
      ['i:copy3', 'the record’s id does not match its key'],
      ['i:copy4', 'the record’s id does not match its key'],
    ]);
  });

  it('keeps aside a company length the headline cannot hold, with zod\'s reason', async () => {
    const v4 = storedRecord(encodeInvitation(ana));
    const { invitations, kept } = await readBack({ 'i:long': { ...v4, c: ana.headline!.length + 1 }, 'i:none': { ...v4, h: undefined } });
    expect(invitations).toEqual([]);
    expect(kept.map(([key]) => key)).toEqual(['i:long', 'i:none']);
    expect(kept[0]![1]).toMatch(/^c: /);
  });

  it('an old backup (long form) imports into v4 records and exports as it was', async () => {
    const bg = createBackground();
    const backup = { format: 'rapport-backup', version: 1, invitations: [ana, { ...ana, id: 'ben1', profileUrl: 'https://www.linkedin.com/in/ben/', vanity: 'ben', company: 'Acme', headline: 'Founder, Acme Labs' }] };
    await bg.send({ type: 'backup.import', mode: 'replace', text: JSON.stringify(backup) });
    expect(bg.local.raw('i:ben1')).toMatchObject({ v: 4, c: 'Acme' });
    const exported = JSON.parse((await bg.restart().send({ type: 'backup.export', format: 'json' })).text) as { invitations: Invitation[] };
    expect(exported.invitations.sort((a, b) => a.id.localeCompare(b.id))).toEqual(backup.invitations);
  });
});
