// A send from the content script that fails is said (console.warn with the message type) and
// counted — the page-health report carries the count — never swallowed.
import { afterEach, expect, test, vi } from 'vitest';
import { failedSendCount, sendAndForget } from '../../../src/content/send';
import { reportUnreadProfile } from '../../../src/content/page-health';
import { describePage } from '../../../src/linkedin';

const world = globalThis as { chrome?: unknown };
afterEach(() => {
  delete world.chrome;
  vi.restoreAllMocks();
});

test('a failed notice is warned about with its type and counted; the next health report carries the count', async () => {
  const sent: unknown[] = [];
  let fail = true;
  world.chrome = {
    runtime: {
      id: 'rapport',
      sendMessage: async (message: unknown) => {
        sent.push(message);
        if (fail) throw new Error('Could not establish connection');
        return { ok: true, data: { noted: true } };
      },
    },
  };
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const before = failedSendCount();
  sendAndForget({ type: 'composer.dialog-missing' });
  await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('Rapport: sending "composer.dialog-missing" failed', expect.any(Error)));
  expect(failedSendCount()).toBe(before + 1);

  fail = false;
  // composer.js completes the report (content/page-health.ts) when it is already in the page.
  reportUnreadProfile({ loaded: () => ({ describePage }) as never });
  await vi.waitFor(() => expect(sent).toHaveLength(2));
  expect(sent[1]).toMatchObject({ type: 'page.health', report: { problem: 'profile-unread', counts: { failedSends: before + 1 } } });
  expect(warn).toHaveBeenCalledTimes(1);
});

test('without composer.js in the page, the health report goes out with the reader\'s findings, and composer.js is not fetched for it', async () => {
  const sent: unknown[] = [];
  world.chrome = { runtime: { id: 'rapport', sendMessage: async (message: unknown) => (sent.push(message), { ok: true, data: { noted: true } }) } };
  reportUnreadProfile({ loaded: () => null });
  await vi.waitFor(() => expect(sent).toHaveLength(1));
  expect(sent[0]).toMatchObject({ type: 'page.health', report: { problem: 'profile-unread', kind: 'other', found: [], missing: [], counts: {} } });
  // Only the report went out: no composer.inject.
  expect(sent.map((m) => (m as { type: string }).type)).toEqual(['page.health']);
});
