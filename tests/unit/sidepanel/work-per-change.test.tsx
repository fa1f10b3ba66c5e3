// The side panel's work per change: one composer.load per profile it shows (the facts line's
// corrections and the record-by-hand offer share it), and the talking points worked out once per
// change of the person (none for a keystroke in the note's box).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultSettings, type Settings, type Template } from '../../../src/core/schemas';
import type { ObservedProfile } from '../../../src/shared/messages';
import { fakeBrowser } from './english';
import { panelHost, typeInto as type } from './panel-host';

const sent: { type: string; profileUrl?: string }[] = [];
let profile: ObservedProfile;
const settings: Settings = { ...defaultSettings, myName: 'Sam', about: { schools: [{ name: 'KTH Royal Institute of Technology' }], employers: [], location: '', languages: [] } };
const templates: Template[] = [{ id: 'short', name: 'Short', body: 'Hi {{firstName}}, great work at {{company|your team}}. — {{myName}}', kind: 'invitation' }];

// The background, as the panel's real client reaches it: every message counted.
function answer(request: { type: string; profileUrl?: string }): unknown {
  sent.push(request);
  switch (request.type) {
    case 'profile.last': return { profile };
    case 'templates.list': return { templates };
    case 'settings.get': return { settings };
    case 'composer.load': return { templates, settings, guard: null, corrections: {} };
    case 'profile.correct': return { corrections: (request as { corrections?: unknown }).corrections };
    default: throw new Error(`unexpected ${request.type}`);
  }
}
vi.mock('../../../src/shared/browser', () => ({
  default: { ...fakeBrowser, runtime: { sendMessage: async (request: { type: string }) => ({ ok: true, data: answer(request) }) } },
}));

const computed = { points: 0 };
vi.mock('../../../src/core/talking-points/index.ts', async (original) => {
  const real = await original<typeof import('../../../src/core/talking-points/index.ts')>();
  return {
    ...real,
    talkingPointsByLanguage: (...args: Parameters<typeof real.talkingPointsByLanguage>) => {
      computed.points++;
      return real.talkingPointsByLanguage(...args);
    },
  };
});

const { SidePanel } = await import('../../../src/sidepanel/SidePanel');
const { backgroundClient } = await import('../../../src/sidepanel/client');

const ana: ObservedProfile = { profileUrl: 'https://www.linkedin.com/in/ana-souza/', fullName: 'Ana Souza', firstName: 'Ana', school: 'KTH Royal Institute of Technology', relation: 'connectable' };
const ben: ObservedProfile = { profileUrl: 'https://www.linkedin.com/in/ben-okafor/', fullName: 'Ben Okafor', firstName: 'Ben', relation: 'connectable' };

const panel = panelHost({ fakeTimers: true });
const $ = <T extends Element = HTMLElement>(selector: string) => panel.el.querySelector<T>(selector);
const flush = async () => {
  for (let i = 0; i < 8; i++) await act(async () => { await Promise.resolve(); });
};
const loadsFor = (url: string) => sent.filter((m) => m.type === 'composer.load' && m.profileUrl === url).length;

beforeEach(() => {
  sent.length = 0;
  computed.points = 0;
  profile = ana;
});

describe('the side panel’s work per change', () => {
  test('one composer.load per profile shown, though the facts line and the record-by-hand offer both need it', async () => {
    act(() => render(<SidePanel client={backgroundClient} pollMs={3000} />, panel.el));
    await flush();
    expect($('[data-rapport="sidepanel-record"]')).not.toBeNull();
    expect($('[data-rapport="fact"][data-field="company"]')).not.toBeNull();
    expect(loadsFor(ana.profileUrl)).toBe(1);

    // The same profile polled again asks nothing more; the next profile is asked about once.
    await act(async () => { vi.advanceTimersByTime(3000); });
    await flush();
    expect(loadsFor(ana.profileUrl)).toBe(1);
    profile = ben;
    await act(async () => { vi.advanceTimersByTime(3000); });
    await flush();
    expect($('[data-rapport="sidepanel-name"]')?.textContent).toBe('Ben Okafor');
    expect(loadsFor(ben.profileUrl)).toBe(1);
    expect(sent.filter((m) => m.type === 'composer.load')).toHaveLength(2);
  });

  test('talking points: once for each typed correction, none for a keystroke in the note', async () => {
    act(() => render(<SidePanel client={backgroundClient} pollMs={3000} />, panel.el));
    await flush();
    expect($('[data-rapport="talking-points"]')?.textContent).toContain('KTH');
    const note = $<HTMLTextAreaElement>('[data-rapport="sidepanel-note"]')!;
    const company = $<HTMLInputElement>('[data-rapport="fact"][data-field="company"]')!;

    computed.points = 0;
    type(company, 'A');
    expect(computed.points).toBe(1);
    type(company, 'Ac');
    expect(computed.points).toBe(2);
    expect(note.value).toBe('Hi Ana, great work at Ac. — Sam');

    computed.points = 0;
    type(note, `${note.value} See you`);
    type(note, `${note.value}!`);
    expect(note.value).toBe('Hi Ana, great work at Ac. — Sam See you!');
    expect(computed.points).toBe(0);
  });
});
