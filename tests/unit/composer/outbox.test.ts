// The content script's outbox: reports kept until acknowledged, retried with backoff, in order,
// each with one idempotency key for all its deliveries, and the person told when they cannot be
// delivered. The last tests drive the real background (router, handlers, store over fake storage)
// through a channel that loses messages and answers the way a stopping worker does.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { createOutbox, newReportId, RETRY_DELAYS, type OutboxOptions, type Report, type Undelivered } from '../../../src/composer/outbox';
import { REPORT_ID } from '../../../src/shared/messages';
import { RapportError, unwrapReply } from '../../../src/shared/rapport-error';
import { createBackground } from '../background/background';

const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const sent = (slug: string, reportId = newReportId()): Report => ({ type: 'invitation.sent', profileUrl: url(slug), name: slug, note: '', reportId });
const lostPort = () => new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');

function harness(deliver: OutboxOptions['deliver'], alive = () => true) {
  const trouble: Undelivered[][] = [];
  const outbox = createOutbox({ deliver, alive, onTrouble: (u) => trouble.push(u) });
  return { outbox, trouble };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

test('report ids are 12 base-36 characters, the form the background accepts, and differ', () => {
  const ids = Array.from({ length: 1000 }, newReportId);
  expect(ids.every((id) => REPORT_ID.test(id))).toBe(true);
  expect(new Set(ids).size).toBe(1000);
});

describe('order and backoff', () => {
  test('one report at a time, in the order made: the next waits for the acknowledgement', async () => {
    const calls: string[] = [];
    const answers: (() => void)[] = [];
    const { outbox } = harness((r) => {
      calls.push((r as { name: string }).name);
      return new Promise<void>((resolve) => answers.push(resolve));
    });
    outbox.add(sent('a'), 'a');
    outbox.add(sent('b'), 'b');
    outbox.add(sent('c'), 'c');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['a']);
    answers[0]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['a', 'b']);
    answers[1]!();
    answers.length = 2;
    await vi.advanceTimersByTimeAsync(0);
    answers[2]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['a', 'b', 'c']);
    expect(outbox.pending()).toBe(0);
  });

  test('a failed delivery is retried after 100, 200, 400 ms… with the same key; what comes after waits', async () => {
    const at: { name: string; key: string; t: number }[] = [];
    let failures = 3;
    const { outbox } = harness(async (r) => {
      at.push({ name: (r as { name: string }).name, key: r.reportId!, t: Date.now() });
      if ((r as { name: string }).name === 'a' && failures-- > 0) throw lostPort();
    });
    const start = Date.now();
    const first = sent('a');
    outbox.add(first, 'a');
    outbox.add(sent('b'), 'b');
    await vi.advanceTimersByTimeAsync(99);
    expect(at.map((x) => x.name)).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(at.map((x) => [x.name, x.t - start])).toEqual([['a', 0], ['a', 100], ['a', 300], ['a', 700], ['b', 700]]);
    expect(new Set(at.filter((x) => x.name === 'a').map((x) => x.key))).toEqual(new Set([first.reportId]));
  });

  test('idle() resolves once everything queued so far is delivered (what is read next includes it)', async () => {
    const answers: (() => void)[] = [];
    const { outbox } = harness(() => new Promise<void>((resolve) => answers.push(resolve)));
    let idle = false;
    await outbox.idle(); // nothing pending: at once
    outbox.add(sent('a'), 'a');
    outbox.add(sent('b'), 'b');
    void outbox.idle().then(() => (idle = true));
    await vi.advanceTimersByTimeAsync(0);
    answers[0]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toBe(false);
    answers[1]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toBe(true);
  });

  test('a report the background refuses is not retried, the person is told, and the rest go on', async () => {
    const calls: string[] = [];
    const { outbox, trouble } = harness(async (r) => {
      calls.push((r as { name: string }).name);
      if ((r as { name: string }).name === 'bad') throw new RapportError('invalid-message', 'That is not a LinkedIn profile address');
    });
    outbox.add(sent('bad'), 'your invitation to bad');
    outbox.add(sent('good'), 'your invitation to good');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toEqual(['bad', 'good']);
    expect(trouble).toEqual([[{ what: 'your invitation to bad', why: 'refused' }]]);
  });
});

describe('telling the person', () => {
  test('once the quick retries are used up: every waiting report is named; delivered at last, the notice goes', async () => {
    let down = true;
    const { outbox, trouble } = harness(async () => {
      if (down) throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    outbox.add(sent('a'), 'A');
    outbox.add({ type: 'profile.observed', profile: { profileUrl: url('x') }, reportId: newReportId() }, null);
    outbox.add(sent('b'), 'B');
    const quick = RETRY_DELAYS.reduce((sum, d) => sum + d, 0);
    await vi.advanceTimersByTimeAsync(quick - 1);
    expect(trouble).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(trouble).toEqual([[{ what: 'A', why: 'waiting' }, { what: 'B', why: 'waiting' }]]);
    // It keeps trying, slowly, as long as the page lives.
    down = false;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(trouble.at(-1)).toEqual([]);
    expect(outbox.pending()).toBe(0);
  });

  test('cut off from the extension (reloaded or updated): what is pending is named at once, nothing is retried', async () => {
    let alive = true;
    const deliver = vi.fn(async () => {
      alive = false;
      throw new Error('Extension context invalidated.');
    });
    const { outbox, trouble } = harness(deliver, () => alive);
    outbox.add(sent('a'), 'A');
    outbox.add(sent('b'), 'B');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(deliver).toHaveBeenCalledTimes(1);
    expect(trouble).toEqual([[{ what: 'A', why: 'cut-off' }, { what: 'B', why: 'cut-off' }]]);
    outbox.add(sent('c'), 'C');
    expect(trouble.at(-1)).toEqual([{ what: 'A', why: 'cut-off' }, { what: 'B', why: 'cut-off' }, { what: 'C', why: 'cut-off' }]);
    outbox.forgetLost();
    outbox.add(sent('d'), 'D');
    expect(trouble.at(-1)).toEqual([{ what: 'D', why: 'cut-off' }]);
  });

  test('pagehide: every pending report is sent once more at once, keys unchanged', async () => {
    const keys: string[] = [];
    const { outbox } = harness(async (r) => {
      keys.push(r.reportId!);
      throw lostPort();
    });
    const a = sent('a');
    const b = sent('b');
    outbox.add(a, 'A');
    outbox.add(b, 'B');
    await vi.advanceTimersByTimeAsync(0);
    keys.length = 0;
    outbox.flush();
    expect(keys).toEqual([a.reportId, b.reportId]);
  });
});

describe('with the real background behind a lossy channel', () => {
  /**
   * Each delivery may be lost before the background sees it, or after it stored the report (the
   * worker stopped before answering): the channel says which, per delivery.
   */
  function lossyChannel(fates: ('ok' | 'lost-before' | 'lost-after')[]) {
    let bg = createBackground();
    const applied: string[] = [];
    let i = 0;
    const deliver = async (r: Report) => {
      const fate = fates[i++ % fates.length] ?? 'ok';
      if (fate === 'lost-before') {
        bg = bg.restart(); // a stopped worker forgets everything it held in memory
        throw lostPort();
      }
      const reply = unwrapReply<{ duplicate?: boolean }>(await bg.route(r));
      if (reply.duplicate === false) applied.push((r as { name: string }).name);
      if (fate === 'lost-after') {
        bg = bg.restart();
        throw lostPort();
      }
      return reply;
    };
    return { deliver, applied, stored: () => bg.send({ type: 'invitations.list', limit: 1000 }) };
  }

  // Up to 25 reports × 40 runs over a real store: seconds on a busy machine, hence the timeout.
  test('every report is stored exactly once and in the order made, however deliveries are lost', { timeout: 60_000 }, async () => {
    const fate = fc.constantFrom('ok' as const, 'lost-before' as const, 'lost-after' as const);
    await fc.assert(
      fc.asyncProperty(fc.array(fate, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 25 }), async (fates, count) => {
        const channel = lossyChannel(fates.includes('ok') ? fates : [...fates, 'ok']);
        const { outbox, trouble } = harness(channel.deliver);
        const names = Array.from({ length: count }, (_, n) => `p${n}`);
        for (const name of names) outbox.add(sent(name), name);
        await vi.advanceTimersByTimeAsync(60 * 60_000);
        expect(outbox.pending()).toBe(0);
        expect(channel.applied).toEqual(names);
        const { items, total } = await channel.stored();
        expect(total).toBe(count);
        expect(new Set(items.map((x) => x.id)).size).toBe(count);
        expect(trouble.flat().filter((u) => u.why !== 'waiting')).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
