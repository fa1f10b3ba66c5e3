// The side panel's facts line: a correction typed there fills the note at once and is kept for
// that profile (and comes back for it, not for another profile).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultSettings, type Template } from '../../../src/core/schemas';
import type { Corrections } from '../../../src/core/corrections';
import type { ObservedProfile } from '../../../src/shared/messages';
import type { PanelClient } from '../../../src/sidepanel/client';
import { fakeBrowser } from './english';
import { panelHost, typeInto as type } from './panel-host';

vi.mock('../../../src/shared/browser', () => ({ default: fakeBrowser }));
const { SidePanel } = await import('../../../src/sidepanel/SidePanel');

const ana: ObservedProfile = { profileUrl: 'https://www.linkedin.com/in/ana-souza/', fullName: 'Ana Souza', firstName: 'Ana', relation: 'connectable' };
const ben: ObservedProfile = { profileUrl: 'https://www.linkedin.com/in/ben-okafor/', fullName: 'Ben Okafor', firstName: 'Ben', relation: 'connectable' };
const templates: Template[] = [{ id: 'short', name: 'Short', body: 'Hi {{firstName}}, great work at {{company|your team}}. — {{myName}}', kind: 'invitation' }];

const panel = panelHost({ fakeTimers: true });
let profile: ObservedProfile;
let kept: Map<string, Corrections>;
let client: PanelClient;

const $ = <T extends Element = HTMLElement>(selector: string) => panel.el.querySelector<T>(selector);
const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => { await Promise.resolve(); });
};
const note = () => $<HTMLTextAreaElement>('[data-rapport="sidepanel-note"]')!.value;

beforeEach(() => {
  profile = ana;
  kept = new Map();
  client = {
    lastProfile: () => Promise.resolve(profile),
    templatesAndSettings: () => Promise.resolve({ templates, settings: { ...defaultSettings, myName: '' } }),
    setComposerMode: async () => defaultSettings,
    corrections: async (url) => kept.get(url) ?? {},
    correct: async (url, corrections) => {
      kept.set(url, corrections);
      return corrections;
    },
  };
});

describe('the side panel’s facts line', () => {
  test('a typed company fills the note at once and is kept for that profile', async () => {
    act(() => render(<SidePanel client={client} pollMs={3000} />, panel.el));
    await flush();
    expect(note()).toBe('Hi Ana, great work at your team.');
    expect($('[data-rapport="fact-setting"][data-field="myName"]')?.textContent).toBe('Your name not set in Settings');
    const company = $<HTMLInputElement>('[data-rapport="fact"][data-field="company"]')!;
    expect(company.placeholder).toBe('not on this page');
    expect($('label[for="sp-fact-company"]')?.textContent).toContain('Company');
    type(company, 'Acme');
    expect(note()).toBe('Hi Ana, great work at Acme.');
    await act(async () => { vi.advanceTimersByTime(500); });
    expect(kept.get(ana.profileUrl)).toEqual({ company: 'Acme' });

    // Another profile: nothing of Ana's; back to Ana (a new panel): her correction is there.
    profile = ben;
    await act(async () => { vi.advanceTimersByTime(3000); });
    await flush();
    expect(note()).toBe('Hi Ben, great work at your team.');
    act(() => render(null, panel.el));
    profile = ana;
    act(() => render(<SidePanel client={client} pollMs={3000} />, panel.el));
    await flush();
    expect(note()).toBe('Hi Ana, great work at Acme.');
    expect($<HTMLInputElement>('[data-rapport="fact"][data-field="company"]')?.value).toBe('Acme');
  });
});

describe('the side panel’s corrections reach the talking points, and a field can say "none"', () => {
  const about = { schools: [{ name: 'Cambridge' }], employers: [{ name: 'Globex' }], location: '', languages: [] };
  const points = () => [...panel.el.querySelectorAll<HTMLElement>('[data-rapport="talking-point"]')].map((b) => `${b.dataset.kind}: ${b.textContent}`);

  test('a kept school correction is the school talking points look for; an emptied company is left out and can come back', async () => {
    profile = { ...ana, company: 'Globex', school: 'Wrong Institute' };
    kept.set(ana.profileUrl, { school: 'Cambridge' });
    client.templatesAndSettings = () => Promise.resolve({ templates, settings: { ...defaultSettings, myName: '', about } });
    act(() => render(<SidePanel client={client} pollMs={3000} />, panel.el));
    await flush();
    expect(points()).toContainEqual(expect.stringMatching(/^school: .*Cambridge/));
    expect(points()).toContainEqual(expect.stringMatching(/^employer: .*Globex/));
    expect(note()).toBe('Hi Ana, great work at Globex.');

    const company = $<HTMLInputElement>('[data-rapport="fact"][data-field="company"]')!;
    type(company, '');
    expect(note()).toBe('Hi Ana, great work at your team.');
    expect(points().some((p) => p.startsWith('employer:'))).toBe(false);
    await act(async () => { vi.advanceTimersByTime(500); });
    expect(kept.get(ana.profileUrl)).toEqual({ school: 'Cambridge', company: '' });

    const restore = $<HTMLButtonElement>('[data-rapport="fact-restore"][data-field="company"]')!;
    expect(restore.getAttribute('aria-label')).toBe('Company: use the page\'s value (Globex)');
    act(() => restore.click());
    expect(note()).toBe('Hi Ana, great work at Globex.');
    expect(document.activeElement).toBe(company);
    await act(async () => { vi.advanceTimersByTime(500); });
    expect(kept.get(ana.profileUrl)).toEqual({ school: 'Cambridge' });
  });
});
