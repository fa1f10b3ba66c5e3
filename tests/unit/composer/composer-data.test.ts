// The composer's data without and with a background.
import { beforeEach, describe, expect, test } from 'vitest';
import { createComposerData, fallbackSettings, type ComposerDataStore, type LoadComposerData } from '../../../src/composer/data';
import { defaultSettings, type Template } from '../../../src/core/schemas';
import { starterTemplates } from '../../../src/core/starter-templates';
import { withStarters } from '../../../src/composer/mount';

// Each test's own store; `refreshComposerData` asks it with the given background answer.
let store: ComposerDataStore;
let load: LoadComposerData;
beforeEach(() => {
  store = createComposerData((profileUrl) => load(profileUrl));
});
const refreshComposerData = (answer: LoadComposerData, profileUrl?: string) => {
  load = answer;
  return store.refresh(profileUrl);
};
const composerData = () => store.current();

const mine: Template = { id: 'mine', name: 'Mine', body: 'Hi {{firstName}}', kind: 'invitation' };
const followUp: Template = { id: 'later', name: 'Later', body: 'Thanks', kind: 'follow-up' };

describe('composer data', () => {
  test('the written-out defaults equal the schema\'s (the content script cannot use zod)', () => {
    expect(fallbackSettings).toEqual(defaultSettings);
  });

  test('without a background: the starter invitation templates and the defaults', async () => {
    const data = withStarters(await refreshComposerData(async () => { throw new Error('no background'); }, 'https://www.linkedin.com/in/a/'));
    expect(data.templates.map((t) => t.id)).toEqual(starterTemplates.filter((t) => t.kind === 'invitation').map((t) => t.id));
    expect(data.templates.length).toBeGreaterThan(3);
    expect(data.settings).toEqual(defaultSettings);
    expect(data.guard).toBeNull();
  });

  test('before the background answers: no settings stored; the composer sees the defaults', () => {
    const store = createComposerData(async () => new Promise(() => undefined));
    expect(store.current().settings).toBeNull();
    expect(withStarters(store.current()).settings).toEqual(defaultSettings);
  });

  test('the person\'s own invitation templates; follow-up templates are not offered', async () => {
    const data = await refreshComposerData(async () => ({ templates: [mine, followUp], settings: { ...defaultSettings, myName: 'Sam' }, guard: null }), 'u');
    expect(withStarters(data).templates).toEqual([mine]);
    expect(data.settings?.myName).toBe('Sam');
    expect(withStarters(data).settings).toEqual({ ...defaultSettings, myName: 'Sam' });
    expect(data.guardFor).toBe('u');
    expect(composerData()).toBe(data);
  });

  test('no templates left: the starters again; an answer overtaken by a newer request is ignored', async () => {
    const none = await refreshComposerData(async () => ({ templates: [], settings: defaultSettings, guard: null }));
    expect(none.templates).toEqual([]);
    expect(withStarters(none).templates.length).toBeGreaterThan(3);
    let answerSlow!: () => void;
    const slow = refreshComposerData(() => new Promise((resolve) => { answerSlow = () => resolve({ templates: [followUp, { ...mine, id: 'old' }], settings: defaultSettings, guard: null }); }), 'first');
    await refreshComposerData(async () => ({ templates: [mine], settings: defaultSettings, guard: null }), 'second');
    answerSlow();
    await slow;
    expect(composerData().templates).toEqual([mine]);
    expect(composerData().guardFor).toBe('second');
  });
});
