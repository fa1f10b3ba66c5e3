// The popup's quiet mark for a page Rapport could not read, and what "Copy diagnostics" copies.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import type { PageHealthNotice } from '../../../src/shared/messages';

const reply = vi.hoisted(() => ({ pageHealth: null as PageHealthNotice | null }));
vi.mock('../../../src/popup/send', () => ({
  send: vi.fn(async () => ({ profile: null, dialogMissing: null, pageHealth: reply.pageHealth })),
}));
vi.mock('../../../src/shared/browser', () => ({
  default: { runtime: { getManifest: () => ({ version: '9.9.9' }) }, i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' } },
}));

const { HealthMark } = await import('../../../src/popup/HealthMark');

const notice: PageHealthNotice = {
  at: '2026-12-03T09:00:00.000Z',
  report: { problem: 'profile-unread', kind: 'profile', era: 'D', signals: [], found: ['vanity'], missing: ['topCard', 'fullName'], counts: { headings: 3 } },
};

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) act(() => render(null, host!));
  host = null;
});

async function mount(): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    render(<HealthMark />, host!);
  });
  await act(async () => {});
  return host;
}

test('nothing is shown while every page was read', async () => {
  reply.pageHealth = null;
  expect((await mount()).textContent).toBe('');
});

test('an unread profile shows the mark, and Copy diagnostics copies the report as JSON', async () => {
  reply.pageHealth = notice;
  const writeText = vi.fn(async (_text: string) => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const el = await mount();
  expect(el.querySelector('[role="status"]')?.textContent).toBeTruthy();
  const button = el.querySelector('button')!;
  await act(async () => {
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  expect(JSON.parse(writeText.mock.calls[0]![0])).toEqual({ rapport: '9.9.9', at: notice.at, ...notice.report });
  expect(el.querySelectorAll('[role="status"]')).toHaveLength(2);
});
