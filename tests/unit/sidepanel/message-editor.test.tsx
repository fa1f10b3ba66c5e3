// The side panel's conversation message (issue #21): where Rapport cannot recognise LinkedIn's
// message box, the panel offers the conversation templates for the profile on screen, counts words
// and characters against LinkedIn's message limit, and copies the message.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { defaultSettings, type Template } from '../../../src/core/schemas';
import type { ObservedProfile } from '../../../src/shared/messages';
import type { PanelClient } from '../../../src/sidepanel/client';
import { fakeBrowser } from './english';

vi.mock('../../../src/shared/browser', () => ({ default: fakeBrowser }));
const { SidePanel } = await import('../../../src/sidepanel/SidePanel');

const ana: ObservedProfile = { profileUrl: 'https://www.linkedin.com/in/ana-souza/', fullName: 'Ana <b>Souza</b>', firstName: 'Ana', relation: 'connected' };
const templates: Template[] = [
  { id: 'note', name: 'Note', body: 'Hi {{firstName}}, nice to meet you.', kind: 'invitation' },
  { id: 'ask', name: 'Ask for 20 minutes', body: 'Hi {{fullName}}, could we talk for 20 minutes next week?', kind: 'conversation' },
  { id: 'again', name: 'Gentle follow-up', body: 'Hi {{firstName}}, just bringing this up once more.', kind: 'conversation-follow-up' },
];

let host: HTMLElement;
const $ = <T extends Element = HTMLElement>(name: string) => host.querySelector<T>(`[data-rapport="${name}"]`);
const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => { await Promise.resolve(); });
};

beforeEach(async () => {
  host = document.createElement('div');
  document.body.append(host);
  const client: PanelClient = {
    lastProfile: () => Promise.resolve(ana),
    templatesAndSettings: () => Promise.resolve({ templates, settings: defaultSettings }),
    setComposerMode: async () => defaultSettings,
  };
  act(() => render(<SidePanel client={client} pollMs={60_000} />, host));
  await flush();
});
afterEach(() => {
  act(() => render(null, host));
  host.remove();
});

test('the message mode offers the conversation templates, filled for the person, as text', async () => {
  expect($('sidepanel-note')).not.toBeNull();
  act(() => $<HTMLInputElement>('sidepanel-writing-message')!.click());
  await flush();
  expect($('sidepanel-note')).toBeNull();
  const options = Array.from($<HTMLSelectElement>('sidepanel-message-template')!.options, (o) => o.textContent);
  expect(options).toEqual(['Ask for 20 minutes', 'Gentle follow-up']);
  const box = $<HTMLTextAreaElement>('sidepanel-message')!;
  expect(box.value).toBe('Hi Ana <b>Souza</b>, could we talk for 20 minutes next week?');
  expect(host.querySelector('b')).toBeNull();
  expect($('sidepanel-message-counter')!.textContent).toBe(`11 words · ${box.value.length}/3000`);
  expect($<HTMLButtonElement>('sidepanel-copy')!.disabled).toBe(false);
});

test('typing updates the count and going over LinkedIn\'s limit says so', async () => {
  act(() => $<HTMLInputElement>('sidepanel-writing-message')!.click());
  await flush();
  const box = $<HTMLTextAreaElement>('sidepanel-message')!;
  box.value = 'x'.repeat(3005);
  act(() => { box.dispatchEvent(new Event('input', { bubbles: true })); });
  expect($('sidepanel-message-counter')!.textContent).toBe('1 words · 3005/3000');
  expect($('sidepanel-message-over')!.textContent).toBe("5 characters over LinkedIn's message limit");
});
