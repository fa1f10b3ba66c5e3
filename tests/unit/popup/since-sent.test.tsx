// The queue says "today" for an invitation sent today, never "0 days ago".
import { expect, test, vi } from 'vitest';
import { fakeBrowser } from '../sidepanel/english';

vi.mock('../../../src/shared/browser', () => ({ default: fakeBrowser }));
const { sinceSent } = await import('../../../src/popup/i18n');
const { rowLabel } = await import('../../../src/popup/QueueRow');

test.each([
  [0, 'today'],
  [1, '1 day ago'],
  [5, '5 days ago'],
])('%i days → %s', (days, text) => {
  expect(sinceSent(days)).toBe(text);
});

test('a row sent today reads "today" to a screen reader too', () => {
  const item = { name: 'Ana Souza', company: 'Acme', daysSinceSent: 0 } as Parameters<typeof rowLabel>[0];
  expect(rowLabel(item, 'Waiting')).toBe('Ana Souza, Acme, today, Waiting');
});
