// Writing help in the side panel, which calls `LanguageModel` itself (an extension page):
// nothing without the API; the download starts from a click and shows its progress; the three
// actions; the pick replaces the panel's note; the switch turns it off and back on.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultSettings, type Settings, type Template } from '../../../src/core/schemas';
import type { ObservedProfile } from '../../../src/shared/messages';
import type { PanelClient } from '../../../src/sidepanel/client';
import { fakeBrowser } from './english';
import { panelHost } from './panel-host';
import { scriptedModel, type ScriptedModel } from '../core/ai/fake-model';

vi.mock('../../../src/shared/browser', () => ({ default: fakeBrowser }));
const { SidePanel } = await import('../../../src/sidepanel/SidePanel');

const ana: ObservedProfile = { profileUrl: 'https://www.linkedin.com/in/ana-souza/', fullName: 'Ana Souza', firstName: 'Ana', company: 'Acme', relation: 'connectable' };
const long: Template = { id: 'long', name: 'Long', body: `Hi {{firstName}}, ${'I would love to hear more about your work at {{company}}. '.repeat(4)}Coffee?`, kind: 'invitation' };
const answers = ['Hi Ana, I would love to hear about your work at Acme. Coffee?', 'Hi Ana, your Acme work interests me. Coffee?', 'Ana, tell me about Acme over coffee?'];

const panel = panelHost();
let settings: Settings;
let client: PanelClient;

const $ = <T extends Element = HTMLElement>(name: string) => panel.el.querySelector<T>(`[data-rapport="${name}"]`);
const $$ = (name: string) => [...panel.el.querySelectorAll(`[data-rapport="${name}"]`)];
const flush = async () => {
  for (let i = 0; i < 8; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
};
async function mount() {
  act(() => render(<SidePanel client={client} pollMs={60_000} />, panel.el));
  await flush();
}
const click = async (name: string, index = 0) => {
  act(() => { ($$(name)[index] as HTMLElement).click(); });
  await flush();
};

function installModel(model: ScriptedModel | null) {
  vi.stubGlobal('LanguageModel', model ?? undefined);
}

beforeEach(() => {
  settings = { ...defaultSettings };
  client = {
    lastProfile: async () => ana,
    templatesAndSettings: async () => ({ templates: [long], settings }),
    setComposerMode: async (composerMode) => (settings = { ...settings, composerMode }),
    setWritingHelp: async (writingHelp) => (settings = { ...settings, writingHelp }),
  };
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('side panel writing help', () => {
  test('no LanguageModel, or one that says "unavailable": no trace of writing help, not even the switch', async () => {
    installModel(null);
    await mount();
    expect($('sidepanel-note')).not.toBeNull();
    expect($('sidepanel-ai')).toBeNull();
    act(() => render(null, panel.el));
    installModel(scriptedModel([], 'unavailable'));
    await mount();
    expect($('sidepanel-ai')).toBeNull();
    expect($('ai-setting')).toBeNull();
  });

  test('over the limit: Shorten to fit gives three candidates; the pick replaces the note', async () => {
    const model = scriptedModel(answers);
    installModel(model);
    await mount();
    const note = $<HTMLTextAreaElement>('sidepanel-note')!;
    expect(note.value.length).toBeGreaterThan(200);
    expect($('ai-weave')).toBeNull(); // no talking point given
    await click('ai-shorten');
    expect($$('ai-candidate')).toHaveLength(3);
    expect($$('ai-count').map((c) => c.textContent)).toEqual(answers.map((a) => `${a.length}/200`));
    expect(model.prompts[0]).toContain('Their first name: Ana');
    await click('ai-use', 1);
    expect($<HTMLTextAreaElement>('sidepanel-note')!.value).toBe(answers[1]);
    expect($('ai-candidates')).toBeNull();
    expect($('ai-shorten')).toBeNull(); // fits now
  });

  test('Alt+Shift+D in the note\'s box drafts; a shortcut for an action not offered (Weave, no point) does nothing', async () => {
    const model = scriptedModel(answers);
    installModel(model);
    await mount();
    const note = $<HTMLTextAreaElement>('sidepanel-note')!;
    const press = (code: string) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, altKey: true, shiftKey: true, code });
    const weave = press('KeyW');
    act(() => { note.dispatchEvent(weave); });
    expect(weave.defaultPrevented).toBe(false);
    const draft = press('KeyD');
    act(() => { note.dispatchEvent(draft); });
    await flush();
    expect(draft.defaultPrevented).toBe(true);
    expect(model.prompts[0]).toMatch(/^Write a first connection note/);
    expect($$('ai-candidate').length).toBeGreaterThan(0);
  });

  test('a talking point offers Weave in, and reaches the prompt', async () => {
    const model = scriptedModel(['Hi Ana, your talk on supply chains at Acme stayed with me. Coffee?']);
    installModel(model);
    await mount();
    const point = $<HTMLInputElement>('ai-point')!;
    point.value = 'her talk on supply chains';
    act(() => { point.dispatchEvent(new Event('input', { bubbles: true })); });
    await flush();
    await click('ai-weave');
    expect(model.prompts[0]).toContain('Talking point: her talk on supply chains');
    expect($$('ai-candidate').length).toBeGreaterThan(0);
  });

  test('the model must be downloaded: Chrome downloads it once from Google, Rapport sends nothing; a click starts it and shows progress', async () => {
    let state: 'downloadable' | 'available' = 'downloadable';
    const model = scriptedModel(answers);
    model.availability = async () => state;
    const create = model.create.bind(model);
    let progressSeen: number | null = null;
    model.create = async (options) => {
      model.progress = [0.25];
      const session = await create(options);
      await flush();
      progressSeen = Number($<HTMLProgressElement>('ai-progress')?.value);
      state = 'available';
      return session;
    };
    installModel(model);
    await mount();
    expect($('ai-download')!.textContent).toBe("Writing help needs Chrome's built-in model. Chrome downloads it once, from Google; Rapport sends nothing.Download the model");
    expect($('ai-shorten')).toBeNull();
    await click('ai-download-start');
    await flush();
    expect(progressSeen).toBe(0.25);
    expect($('ai-download')).toBeNull();
    expect($('ai-shorten')).not.toBeNull();
    expect(model.destroyed).toBe(1);
  });

  test('the switch turns writing help off (buttons gone, switch stays) and back on', async () => {
    installModel(scriptedModel(answers));
    await mount();
    expect($<HTMLInputElement>('ai-setting')!.checked).toBe(true);
    await click('ai-setting');
    await act(async () => { await client.templatesAndSettings(); });
    await flush();
    expect(settings.writingHelp).toBe(false);
    expect($('ai-shorten')).toBeNull();
    expect($<HTMLInputElement>('ai-setting')!.checked).toBe(false);
    await click('ai-setting');
    await flush();
    expect(settings.writingHelp).toBe(true);
    expect($('ai-shorten')).not.toBeNull();
  });
});
