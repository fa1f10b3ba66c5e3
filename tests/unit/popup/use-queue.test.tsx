// The popup's loads: an answer that a newer load overtook changes nothing on screen, and a
// templates or settings answer of the wrong shape is the "could not load" page, not a list.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { QueueData } from '../../../src/popup/useQueue';

const answers = vi.hoisted(() => ({ queue: [] as Array<() => Promise<unknown>>, templates: (): unknown => ({ templates: [] }), settings: (): unknown => ({ settings: { myName: 'Me', myInterest: 'data' } }) }));
vi.mock('../../../src/popup/send', () => ({
  send: vi.fn(async (request: { type: string }) => {
    if (request.type === 'queue.open') return answers.queue.shift()!();
    if (request.type === 'templates.list') return answers.templates();
    if (request.type === 'settings.get') return answers.settings();
    throw new Error(`unexpected ${request.type}`);
  }),
}));

const { useQueue } = await import('../../../src/popup/useQueue');
const { BUCKETS } = await import('../../../src/popup/queue-cache');
const { openingSettled, startOpening } = await import('../../../src/popup/opening');
const { send } = await import('../../../src/popup/send');

const view = { id: 'ana', name: 'Ana Souza', profileUrl: 'https://www.linkedin.com/in/ana/', sentAt: '2026-11-01T10:00:00.000Z', status: 'pending', source: 'composer', note: '', daysSinceSent: 9, bucket: 'due' };
const summary = { due: 1, waiting: 0, stale: 0, total: 1, ask: 0, requestDue: 0, noReply: 0, byStatus: { pending: 1 }, sentThisWeek: 0, weeklyInviteBudget: 100, notesThisMonth: 0, monthlyNoteQuota: 5 };
const opening = { summary, sections: Object.fromEntries(BUCKETS.map((b) => [b, { items: b === 'due' ? [view] : [], total: b === 'due' ? 1 : 0 }])) };
const template = { id: 'f1', name: 'Follow-up', body: 'Hi {firstName}', kind: 'follow-up' };

let host: HTMLElement;
let queue: QueueData;
function Probe() {
  queue = useQueue();
  return null;
}

/** A queue.open answer the test releases when it wants. */
function held(): { release(reply: unknown): void; fail(error: Error): void } {
  let release!: (reply: unknown) => void;
  let fail!: (error: Error) => void;
  const answer = new Promise((resolve, reject) => { release = resolve; fail = reject; });
  answers.queue.push(() => answer);
  return { release, fail };
}
const flush = () => act(async () => { for (let i = 0; i < 10; i++) await Promise.resolve(); });

beforeEach(() => {
  answers.queue = [];
  answers.templates = () => ({ templates: [template] });
  answers.settings = () => ({ settings: { myName: 'Me', myInterest: 'data' } });
  host = document.createElement('div');
});
afterEach(() => act(() => render(null, host)));

describe('useQueue', () => {
  test('a slow first load that a newer one overtook leaves the newer one’s error on screen', async () => {
    const first = held();
    const second = held();
    act(() => render(<Probe />, host));
    void act(() => queue.refresh());
    second.fail(new Error('The background is restarting.'));
    await flush();
    expect(queue.state).toBe('error');
    expect(queue.loadError).toMatch(/restarting/);

    first.release(opening);
    await flush();
    expect(queue.state).toBe('error');
    expect(queue.loadError).toMatch(/restarting/);
    expect(queue.summary).toBeNull();
  });

  test('an overtaken load does not put back its older templates', async () => {
    const first = held();
    const second = held();
    act(() => render(<Probe />, host));
    answers.templates = () => ({ templates: [{ ...template, name: 'Newer' }] });
    void act(() => queue.refresh());
    second.release(opening);
    await flush();
    expect(queue.templates.map((t) => t.name)).toEqual(['Newer']);
    first.release(opening);
    await flush();
    expect(queue.templates.map((t) => t.name)).toEqual(['Newer']);
  });

  test.each([
    ['templates that are not a list', () => { answers.templates = () => ({ templates: 'none' }); }],
    ['a template without a body', () => { answers.templates = () => ({ templates: [{ ...template, body: undefined }] }); }],
    ['no settings', () => { answers.settings = () => ({}); }],
  ])('%s: the “could not load” page, not a list', async (_what, breakIt) => {
    breakIt();
    held().release(opening);
    act(() => render(<Probe />, host));
    await flush();
    expect(queue.state).toBe('error');
    expect(queue.loadError).toMatch(/cannot read/);
  });

  test('well-formed answers are shown', async () => {
    held().release(opening);
    act(() => render(<Probe />, host));
    await flush();
    expect(queue.state).toBe('ready');
    expect(queue.templates).toEqual([template]);
    expect(queue.settings?.myName).toBe('Me');
  });
});

describe('the first frame and the opening asked as the script started', () => {
  const asked = (type: string) => vi.mocked(send).mock.calls.filter(([request]) => request.type === type).length;
  beforeEach(() => {
    vi.mocked(send).mockClear();
  });

  test('answered before the first frame: that frame is the list, and nothing is asked again', async () => {
    held().release(opening);
    startOpening();
    await openingSettled(1000);
    act(() => render(<Probe />, host));
    expect(queue.state).toBe('ready');
    expect(queue.cache.item('due', 0)?.name).toBe('Ana Souza');
    expect(queue.summary?.due).toBe(1);
    expect(queue.templates).toEqual([template]);
    await flush();
    expect(asked('queue.open')).toBe(1);
    expect(asked('templates.list')).toBe(1);
  });

  test('not answered in time: the first frame waits no longer, says loading, and the answer fills it', async () => {
    const late = held();
    startOpening();
    vi.useFakeTimers();
    try {
      const waited = openingSettled(80);
      await vi.advanceTimersByTimeAsync(80);
      await waited;
    } finally {
      vi.useRealTimers();
    }
    act(() => render(<Probe />, host));
    expect(queue.state).toBe('loading');
    late.release(opening);
    await flush();
    expect(queue.state).toBe('ready');
    expect(queue.cache.item('due', 0)?.name).toBe('Ana Souza');
    expect(asked('queue.open')).toBe(1);
  });

  test('an opening answered badly is the “could not load” page, not a list', async () => {
    answers.settings = () => ({});
    held().release(opening);
    startOpening();
    await openingSettled(1000);
    act(() => render(<Probe />, host));
    expect(queue.state).toBe('loading');
    await flush();
    expect(queue.state).toBe('error');
    expect(queue.loadError).toMatch(/cannot read/);
  });
});
