// The side panel rendered in happy-dom against a fake background: its states (loading, empty,
// error, a profile), the note box, the counter, the mode switch, and polling only while visible.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultSettings, type Settings, type Template } from '../../../src/core/schemas';
import type { ObservedProfile } from '../../../src/shared/messages';
import type { PanelClient } from '../../../src/sidepanel/client';
import { fakeBrowser } from './english';
import { panelHost, typeInto as type } from './panel-host';

vi.mock('../../../src/shared/browser', () => ({ default: fakeBrowser }));
const { SidePanel } = await import('../../../src/sidepanel/SidePanel');

const ana: ObservedProfile = { profileUrl: 'https://www.linkedin.com/in/ana-souza/', fullName: 'Ana Souza', firstName: 'Ana', company: 'Acme', relation: 'connectable' };
const ben: ObservedProfile = { profileUrl: 'https://www.linkedin.com/in/ben-okafor/', fullName: 'Ben Okafor', firstName: 'Ben', relation: 'connected' };
const templates: Template[] = [
  { id: 'short', name: 'Short', body: 'Hi {{firstName}}, great work at {{company|your team}}. — {{myName}}', kind: 'invitation' },
  { id: 'long', name: 'Long', body: `Hi {{firstName}}, ${'I would love to hear more about your work. '.repeat(6)}`, kind: 'invitation' },
  { id: 'nudge', name: 'Nudge', body: 'Following up, {{firstName}}.', kind: 'follow-up' },
];

const panel = panelHost({ fakeTimers: true });
let profile: ObservedProfile | null;
let settings: Settings;
let reachable: boolean;
let client: PanelClient & { lastProfile: ReturnType<typeof vi.fn> };

const $ = <T extends Element = HTMLElement>(name: string) => panel.el.querySelector<T>(`[data-rapport="${name}"]`);
const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => { await Promise.resolve(); });
};
async function mount() {
  act(() => render(<SidePanel client={client} pollMs={3000} />, panel.el));
  await flush();
}

beforeEach(() => {
  profile = null;
  settings = { ...defaultSettings, myName: 'Sam' };
  reachable = true;
  const fail = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
  client = {
    lastProfile: vi.fn(() => (reachable ? Promise.resolve(profile) : fail())),
    templatesAndSettings: () => (reachable ? Promise.resolve({ templates, settings }) : fail()),
    setComposerMode: vi.fn(async (composerMode) => (settings = { ...settings, composerMode })),
  };
});

describe('the side panel', () => {
  test('before any profile was viewed it asks the person to open one', async () => {
    await mount();
    expect($('sidepanel-empty')?.textContent).toContain('Open a LinkedIn profile');
    expect($('sidepanel-note')).toBeNull();
  });

  test('shows the profile, fills the note and counts it against both limits', async () => {
    profile = ana;
    await mount();
    expect($('sidepanel-name')?.textContent).toBe('Ana Souza');
    const area = $<HTMLTextAreaElement>('sidepanel-note')!;
    expect(area.value).toBe('Hi Ana, great work at Acme. — Sam');
    const n = area.value.length;
    expect($('sidepanel-counter')?.textContent).toBe(`${n}/200 free · ${n}/300 Premium`);
    // Only invitation templates are offered.
    expect([...panel.el.querySelectorAll('#sp-template option')].map((o) => o.textContent)).toEqual(['Short', 'Long']);
    expect($('sidepanel-hints')).not.toBeNull();
  });

  test('a note over 200 but within 300 says it fits only Premium; a fixed limit shows one count', async () => {
    profile = ana;
    settings = { ...settings, defaultTemplateId: 'long' };
    await mount();
    const area = $<HTMLTextAreaElement>('sidepanel-note')!;
    expect(area.value.length).toBeGreaterThan(200);
    expect($('sidepanel-over')?.textContent).toContain('fits only with Premium');
    act(() => render(null, panel.el));
    settings = { ...settings, noteLimit: '200' };
    await mount();
    expect($('sidepanel-counter')?.textContent).toBe(`${area.value.length}/200`);
    expect($('sidepanel-counter')?.dataset.over).toBe('true');
    expect($('sidepanel-over')?.textContent).toContain("over LinkedIn's limit");
  });

  test('follows the profile the person views next, polling only while the panel is visible', async () => {
    profile = ana;
    await mount();
    const calls = client.lastProfile.mock.calls.length;
    profile = ben;
    await act(async () => { vi.advanceTimersByTime(3000); });
    await flush();
    expect(client.lastProfile.mock.calls.length).toBe(calls + 1);
    expect($('sidepanel-name')?.textContent).toBe('Ben Okafor');
    expect($<HTMLTextAreaElement>('sidepanel-note')!.value).toBe('Hi Ben, great work at your team. — Sam');
    expect($('sidepanel-relation')?.textContent).toContain('already connected');

    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await act(async () => { vi.advanceTimersByTime(9000); });
    expect(client.lastProfile.mock.calls.length).toBe(calls + 1);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    act(() => { document.dispatchEvent(new Event('visibilitychange')); });
    expect(client.lastProfile.mock.calls.length).toBe(calls + 2);
  });

  test('an edited note survives a profile change, with a warning and a way back to the template', async () => {
    profile = ana;
    await mount();
    const area = $<HTMLTextAreaElement>('sidepanel-note')!;
    type(area, 'Hi Ana, your talk on data contracts was great!');
    expect($('sidepanel-counter')?.textContent).toBe(`${area.value.length}/200 free · ${area.value.length}/300 Premium`);
    expect($('sidepanel-preview')?.textContent).toBe('Hi Ana, great work at Acme. — Sam');
    profile = ben;
    await act(async () => { vi.advanceTimersByTime(3000); });
    await flush();
    expect(area.value).toBe('Hi Ana, your talk on data contracts was great!');
    expect($('sidepanel-other-person')).not.toBeNull();
    act(() => { $('sidepanel-reset')!.click(); });
    expect($<HTMLTextAreaElement>('sidepanel-note')!.value).toBe('Hi Ben, great work at your team. — Sam');
    expect($('sidepanel-other-person')).toBeNull();
  });

  test('an unreachable background shows an error with a retry that recovers', async () => {
    reachable = false;
    await mount();
    expect($('sidepanel-error')?.textContent).toContain('not answering');
    reachable = true;
    profile = ana;
    act(() => { $('sidepanel-error')!.querySelector('button')!.click(); });
    await flush();
    expect($('sidepanel-error')).toBeNull();
    expect($('sidepanel-name')?.textContent).toBe('Ana Souza');
  });

  test('the mode switch saves side-panel mode and back', async () => {
    await mount();
    const box = $<HTMLInputElement>('sidepanel-mode')!;
    expect(box.checked).toBe(false);
    box.checked = true;
    await act(async () => { box.dispatchEvent(new Event('change', { bubbles: true })); });
    await flush();
    expect(client.setComposerMode).toHaveBeenLastCalledWith('side-panel');
    expect($('sidepanel-mode-help')?.textContent).toContain('stays exactly as LinkedIn made it');
    box.checked = false;
    await act(async () => { box.dispatchEvent(new Event('change', { bubbles: true })); });
    await flush();
    expect(client.setComposerMode).toHaveBeenLastCalledWith('dialog');
  });

  test('a mode that cannot be saved goes back and says so', async () => {
    client.setComposerMode = vi.fn(async () => { throw new Error('storage full'); });
    await mount();
    const box = $<HTMLInputElement>('sidepanel-mode')!;
    box.checked = true;
    await act(async () => { box.dispatchEvent(new Event('change', { bubbles: true })); });
    await flush();
    expect(box.checked).toBe(false);
    expect(panel.el.querySelector('.mode [role="alert"]')?.textContent).toContain('could not be saved');
  });

  test('Copy puts the note on the clipboard and confirms it', async () => {
    profile = ana;
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await mount();
    await act(async () => { $('sidepanel-copy')!.click(); });
    await flush();
    expect(writeText).toHaveBeenCalledWith('Hi Ana, great work at Acme. — Sam');
    expect($('sidepanel-copy-status')?.textContent).toContain('Copied');
  });

  test('talking points: what you share with them, a click puts the phrase at the cursor', async () => {
    profile = { ...ana, school: 'KTH Royal Institute of Technology' };
    settings = { ...settings, about: { schools: [{ name: 'KTH Royal Institute of Technology' }], employers: [], location: '', languages: [] } };
    await mount();
    const point = panel.el.querySelector<HTMLButtonElement>('[data-rapport="talking-point"]')!;
    expect(point.textContent).toBe('You both studied at KTH Royal Institute of Technology');
    const area = $<HTMLTextAreaElement>('sidepanel-note')!;
    type(area, 'Hi Ana, ');
    area.setSelectionRange(8, 8);
    await act(async () => { point.click(); });
    expect(area.value).toBe('Hi Ana, we both studied at KTH Royal Institute of Technology');
  });

  test('no About you: no talking points', async () => {
    profile = { ...ana, school: 'KTH' };
    await mount();
    expect(panel.el.querySelector('[data-rapport="talking-points"]')).toBeNull();
  });
});
