// Paging the queue: only the pages in view are asked for, reloads swap in at once, and an old
// answer never overwrites a newer one.
import { describe, expect, test, vi } from 'vitest';
import type { InvitationView, QueueOpening, QueueSummary } from '../../../src/shared/messages';
import { BUCKETS, QueueCache, type QueueBucket } from '../../../src/popup/queue-cache';

function person(bucket: string, i: number): InvitationView {
  return {
    id: `${bucket}-${i}`, profileUrl: `https://www.linkedin.com/in/p${i}/`, name: `P ${i}`, note: '', sentAt: '2026-01-01T00:00:00.000Z',
    status: 'pending', source: 'manual', daysSinceSent: 9, bucket: bucket as InvitationView['bucket'],
  };
}

function fakeBackground(some: Partial<Record<QueueBucket, number>>) {
  // Sections not named are empty (the conversation sections, issue #21).
  const totals: Record<QueueBucket, number> = { due: 0, ask: 0, 'request-due': 0, 'no-reply': 0, waiting: 0, stale: 0, ...some };
  const calls: string[] = [];
  const page = (bucket: QueueBucket, offset: number, limit: number) => {
    const end = Math.min(totals[bucket], offset + limit);
    return { items: Array.from({ length: Math.max(0, end - offset) }, (_, k) => person(bucket, offset + k)), total: totals[bucket] };
  };
  const fetch = vi.fn(async (bucket: QueueBucket, offset: number, limit: number) => {
    calls.push(`${bucket}@${offset}`);
    return page(bucket, offset, limit);
  });
  const summary = { total: Object.values(totals).reduce((a, b) => a + b, 0) } as QueueSummary;
  const opening = vi.fn(async (limit: number): Promise<QueueOpening> => {
    calls.push(`opening of ${limit}`);
    return { summary, sections: Object.fromEntries(BUCKETS.map((b) => [b, page(b, 0, limit)])) as QueueOpening['sections'] };
  });
  return { fetch, opening, calls, totals, summary };
}

describe('QueueCache', () => {
  test('reload asks for the opening only (first pages, sizes and summary in one message), and knows the totals', async () => {
    const bg = fakeBackground({ due: 4000, waiting: 3000, stale: 3000 });
    const onChange = vi.fn();
    const cache = new QueueCache(bg.opening, bg.fetch, onChange, () => {}, 100);
    await expect(cache.reload()).resolves.toBe(bg.summary);
    expect(bg.calls).toEqual(['opening of 100']);
    expect(cache.totals).toEqual({ due: 4000, ask: 0, 'request-due': 0, 'no-reply': 0, waiting: 3000, stale: 3000 });
    expect(cache.item('due', 99)?.id).toBe('due-99');
    expect(cache.item('due', 100)).toBeUndefined();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test('ensure loads just the missing pages of a scrolled-to range, once', async () => {
    const bg = fakeBackground({ due: 4000, waiting: 0, stale: 0 });
    const cache = new QueueCache(bg.opening, bg.fetch, () => {}, () => {}, 100);
    await cache.reload();
    bg.calls.length = 0;
    await Promise.all([cache.ensure('due', 2590, 2620), cache.ensure('due', 2595, 2610)]);
    expect(bg.calls).toEqual(['due@2500', 'due@2600']);
    expect(cache.item('due', 2615)?.id).toBe('due-2615');
    await cache.ensure('due', 2590, 2620);
    expect(bg.calls).toHaveLength(2);
  });

  test('reload keeps the pages in view and replaces the rest; a late page from before is dropped', async () => {
    const bg = fakeBackground({ due: 1000, waiting: 0, stale: 0 });
    let release: (() => void) | undefined;
    const slow = vi.fn(async (bucket: QueueBucket, offset: number, limit: number) => {
      if (offset === 500) await new Promise<void>((r) => (release = r));
      return bg.fetch(bucket, offset, limit);
    });
    const cache = new QueueCache(bg.opening, slow, () => {}, () => {}, 100);
    await cache.reload();
    const late = cache.ensure('due', 500, 510);
    bg.totals.due = 300; // someone was marked meanwhile
    await cache.reload(new Map([['due', { from: 200, to: 210 }]]));
    release?.();
    await late;
    expect(cache.totals.due).toBe(300);
    expect(cache.item('due', 205)?.id).toBe('due-205');
    expect(cache.item('due', 505)).toBeUndefined();
  });

  test('a failed reload throws and leaves the cache as it was', async () => {
    const bg = fakeBackground({ due: 10, waiting: 0, stale: 0 });
    const cache = new QueueCache(bg.opening, bg.fetch, () => {}, () => {}, 100);
    await cache.reload();
    bg.opening.mockRejectedValueOnce(new Error('no answer'));
    await expect(cache.reload()).rejects.toThrow('no answer');
    expect(cache.item('due', 3)?.id).toBe('due-3');
    expect(cache.totals.due).toBe(10);
  });

  test('an opening already asked for (as the popup\'s script started) is used, not asked again', async () => {
    const bg = fakeBackground({ due: 30 });
    const cache = new QueueCache(bg.opening, bg.fetch, () => {}, () => {}, 25);
    const asked = bg.opening(25);
    bg.calls.length = 0;
    await cache.reload(new Map(), asked);
    expect(bg.calls).toEqual([]);
    expect(cache.item('due', 24)?.id).toBe('due-24');
    expect(cache.totals.due).toBe(30);
  });

  test('reload keeps pages beyond the first that are in view, with one message each', async () => {
    const bg = fakeBackground({ due: 1000 });
    const cache = new QueueCache(bg.opening, bg.fetch, () => {}, () => {}, 100);
    await cache.reload();
    bg.calls.length = 0;
    await cache.reload(new Map([['due', { from: 95, to: 105 }]]));
    expect(bg.calls.sort()).toEqual(['due@100', 'opening of 100']);
    expect(cache.item('due', 104)?.id).toBe('due-104');
  });

  test('a failed page is reported and can be asked for again', async () => {
    const bg = fakeBackground({ due: 1000, waiting: 0, stale: 0 });
    const onError = vi.fn();
    const cache = new QueueCache(bg.opening, bg.fetch, () => {}, onError, 100);
    await cache.reload();
    bg.fetch.mockRejectedValueOnce(new Error('busy'));
    await cache.ensure('due', 300, 310);
    expect(onError).toHaveBeenCalledOnce();
    await cache.ensure('due', 300, 310);
    expect(cache.item('due', 301)?.id).toBe('due-301');
  });
});
