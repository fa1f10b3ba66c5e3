// The side panel's offer to record by hand an invitation a page could not deliver: shown only for
// an untracked profile that is not already a connection, one click records it, Undo takes it back.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultSettings, type Invitation } from '../../../src/core/schemas';
import type { ObservedProfile } from '../../../src/shared/messages';
import type { PanelClient } from '../../../src/sidepanel/client';
import { fakeBrowser } from './english';

vi.mock('../../../src/shared/browser', () => ({ default: fakeBrowser }));
const { SidePanel } = await import('../../../src/sidepanel/SidePanel');

const lucia: ObservedProfile = { profileUrl: 'https://www.linkedin.com/in/lucia-ferrer/', fullName: 'Lucía Ferrer', firstName: 'Lucía', company: 'Acme', relation: 'pending' };

let host: HTMLElement;
let profile: ObservedProfile;
let stored: Invitation[];
let client: PanelClient;

const $ = <T extends Element = HTMLElement>(name: string) => host.querySelector<T>(`[data-rapport="${name}"]`);
const flush = async () => {
  for (let i = 0; i < 6; i++) await act(async () => { await Promise.resolve(); });
};
async function mount(c: PanelClient = client) {
  act(() => render(<SidePanel client={c} pollMs={3000} />, host));
  await flush();
}
async function click(name: string) {
  act(() => $(name)!.click());
  await flush();
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  profile = lucia;
  stored = [];
  client = {
    lastProfile: async () => profile,
    templatesAndSettings: async () => ({ templates: [], settings: defaultSettings }),
    setComposerMode: async () => defaultSettings,
    isTracked: async (url) => stored.some((i) => i.profileUrl === url),
    recordByHand: vi.fn(async (p: ObservedProfile, name: string) => {
      const invitation: Invitation = { id: `id${stored.length}`, profileUrl: p.profileUrl, name, company: p.company, note: '', sentAt: new Date().toISOString(), status: 'pending', source: 'manual' };
      stored.push(invitation);
      return invitation;
    }),
    unrecord: vi.fn(async (id: string) => {
      stored = stored.filter((i) => i.id !== id);
      return true;
    }),
  };
});
afterEach(() => {
  act(() => render(null, host));
  host.remove();
});

describe('recording by hand in the side panel', () => {
  test('an untracked profile is offered, named, with what it will record', async () => {
    await mount();
    expect($('sidepanel-record-button')?.textContent).toBe('Record an invitation to Lucía Ferrer you sent');
    expect($('sidepanel-record')?.textContent).toContain('Rapport has no invitation to Lucía Ferrer');
    expect($('sidepanel-record')?.textContent).toContain('sent today, without a note');
  });

  test('one click records it for that profile; the offer turns into a confirmation with Undo, which takes it back', async () => {
    await mount();
    await click('sidepanel-record-button');
    expect(client.recordByHand).toHaveBeenCalledTimes(1);
    expect(stored).toMatchObject([{ profileUrl: lucia.profileUrl, name: 'Lucía Ferrer', company: 'Acme', source: 'manual' }]);
    expect($('sidepanel-recorded')?.textContent).toBe("Recorded: your invitation to Lucía Ferrer, sent today. It is in the popup's follow-up queue.");
    expect($('sidepanel-record-button')).toBeNull();

    await click('sidepanel-record-undo');
    expect(client.unrecord).toHaveBeenCalledWith('id0');
    expect(stored).toEqual([]);
    expect($('sidepanel-record-button')).not.toBeNull();
  });

  test('a tracked profile, a connection, or a background that cannot say are not offered', async () => {
    stored.push({ id: 'x', profileUrl: lucia.profileUrl, name: 'Lucía Ferrer', note: '', sentAt: new Date().toISOString(), status: 'pending', source: 'composer' });
    await mount();
    expect($('sidepanel-name')?.textContent).toBe('Lucía Ferrer');
    expect($('sidepanel-record')).toBeNull();
    act(() => render(null, host));

    stored = [];
    profile = { ...lucia, relation: 'connected' };
    await mount();
    expect($('sidepanel-record')).toBeNull();
    act(() => render(null, host));

    profile = lucia;
    await mount({ ...client, isTracked: () => Promise.reject(new Error('no answer')) });
    expect($('sidepanel-record')).toBeNull();
  });

  test('a failed recording says so and can be tried again', async () => {
    client.recordByHand = vi.fn(() => Promise.reject(new Error('storage')));
    await mount();
    await click('sidepanel-record-button');
    expect(host.querySelector('[role="alert"]')?.textContent).toBe('Rapport could not record it. Try again.');
    expect(($('sidepanel-record-button') as HTMLButtonElement).disabled).toBe(false);
  });
});
