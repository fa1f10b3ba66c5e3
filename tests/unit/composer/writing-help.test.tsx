// Writing help in the composer, with the worker replaced by a fake port: nothing at all without
// the model, Shorten to fit only over the limit, candidates with diff, count and the coach's
// reasons, the person's pick goes into LinkedIn's box, shortcuts, cancel, the download notice.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { findInviteDialog, type ProfileRead } from '../../../src/linkedin';
import { invitee } from '../../../src/linkedin/invitee';
import { mountComposer, type ComposerDeps } from '../../../src/composer/mount';
import { fallbackSettings } from '../../../src/composer/data';
import type { AiPort } from '../../../src/composer/writing-help';
import type { AiRequest } from '../../../src/core/ai';
import type { AiStatus, AiSuggestReply } from '../../../src/shared/messages';
import { mountWhole } from './whole-composer';

const step2 = `
  <div data-test-modal-id="send-invite-modal"><div role="dialog" class="artdeco-modal send-invite" aria-labelledby="h">
    <div class="artdeco-modal__header"><h2 id="h">Add a note to your invitation</h2></div>
    <div class="artdeco-modal__content"><textarea id="custom-message" name="message"></textarea><span aria-live="polite">0/200</span></div>
    <div class="artdeco-modal__actionbar"><button aria-label="Send invitation" class="artdeco-button">Send</button></div>
  </div></div>`;

const over = `Hi Ada, ${'I admire your work on engines. '.repeat(7)}Coffee?`;
const fit = (text: string) => ({ text, count: text.length, trimmed: false });

function fakePort(status: AiStatus, reply: AiSuggestReply | (() => Promise<AiSuggestReply>)) {
  const asked: AiRequest[] = [];
  const port: AiPort & { asked: AiRequest[]; cancels: number } = {
    asked,
    cancels: 0,
    status: async () => status,
    suggest: async (request) => {
      asked.push(request);
      return typeof reply === 'function' ? reply() : reply;
    },
    cancel: async () => {
      port.cancels++;
    },
  };
  return port;
}

function setup(port: AiPort, profile: ProfileRead | null = null) {
  document.body.innerHTML = step2;
  const dialog = findInviteDialog(document)!;
  dialog.invitee = invitee('Ada Lovelace', 'ada-lovelace');
  const deps: ComposerDeps = {
    profile: () => profile,
    data: () => ({ templates: [], settings: { ...fallbackSettings }, guard: null, guardFor: null }),
    refresh: async () => ({ templates: [], settings: { ...fallbackSettings }, guard: null, guardFor: null }),
    report: () => undefined,
    current: () => findInviteDialog(document),
    now: () => Date.parse('2026-03-01T12:00:00Z'),
    ai: port,
  };
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  // Writing help is part of the rest, drawn the frame after the first draw: that frame is run here.
  mountWhole(() => mountComposer(dialog, deps));
  // The composer's root is closed: the test keeps the root attachShadow handed out (a spy in the
  // test only, nothing the build keeps).
  const root = attach.mock.results.at(-1)!.value as ShadowRoot;
  const part = <E extends Element = HTMLElement>(name: string) => root.querySelector<E>(`[data-part="${name}"]`);
  const all = (name: string) => [...root.querySelectorAll(`[data-part="${name}"]`)];
  return { part, all, dialog };
}

/** What the browser does for real input alone: an event with isTrusted true. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
/** A person's click (a script's `.click()` does nothing in the composer). */
const press = (el: Element) => el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));

const box = () => document.querySelector<HTMLTextAreaElement>('#custom-message')!;
const typeInBox = (text: string) => {
  box().value = text;
  box().dispatchEvent(new Event('input', { bubbles: true }));
};
const settle = () => new Promise((r) => setTimeout(r, 0));

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const en = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Messages;
/** chrome.i18n over the English messages, with `$NAME$` placeholders filled like Chrome fills them. No runtime: no worker. */
const i18n = {
  getMessage(key: string, subs: string[] = []) {
    const entry = en[key];
    if (!entry) return '';
    return entry.message.replace(/\$(\w+)\$/g, (_m, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_n, i: string) => subs[Number(i) - 1] ?? '');
    });
  },
};

beforeEach(() => vi.stubGlobal('chrome', { i18n }));
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('writing help in the composer', () => {
  test.each(['unavailable', 'off'] as const)('%s: no writing-help control at all', async (status) => {
    const { part } = setup(fakePort(status, { outcome: 'done', candidates: [], rejected: [] }));
    typeInBox(over);
    await settle();
    expect(part('ai')).toBeNull();
    expect(part('counter')).not.toBeNull();
  });

  test('over the limit: Shorten to fit → three candidates with diff and count → the chosen one goes into LinkedIn\'s box', async () => {
    const candidates = ['Hi Ada, I admire your work on engines. Coffee?', 'Hi Ada, your engine work inspires me. Coffee?', 'Ada, engines! Coffee?'].map(fit);
    const port = fakePort('available', { outcome: 'done', candidates, rejected: ['markup'] });
    const { part, all } = setup(port);
    await settle();
    expect(part('ai-shorten')).toBeNull(); // fits: nothing to shorten
    expect(part('ai-draft')).not.toBeNull();
    typeInBox(over);
    press(part('ai-shorten')!);
    expect(part('ai-busy')).not.toBeNull();
    await settle();
    expect(port.asked[0]).toMatchObject({ action: 'shorten', note: over, limit: 200, facts: { firstName: 'Ada', fullName: 'Ada Lovelace' } });
    expect(all('ai-candidate').map((c) => c.getAttribute('data-count'))).toEqual(candidates.map((c) => String(c.count)));
    expect(all('ai-count').map((c) => c.textContent)).toEqual(candidates.map((c) => `${c.count}/200`));
    expect(all('ai-diff')[0]!.querySelector('del')?.textContent).toContain('I admire your work on engines.');
    expect(part('ai-rejected')?.textContent).toContain('1');
    const inputs: string[] = [];
    box().addEventListener('input', () => inputs.push(box().value));
    press(all('ai-use')[1]!);
    expect(box().value).toBe(candidates[1]!.text);
    expect(inputs).toEqual([candidates[1]!.text]);
    expect(part('ai-candidates')).toBeNull();
  });

  test('the coach runs on every candidate: a flagged one says why; "None of these" keeps the note', async () => {
    const port = fakePort('available', { outcome: 'done', candidates: [fit('Hi Ada, could you refer me to a job opening? Coffee?'), fit('Hi Ada, coffee?')], rejected: [] });
    const { part, all } = setup(port);
    await settle();
    typeInBox(over);
    press(part('ai-shorten')!);
    await settle();
    expect(all('ai-candidate').map((c) => c.getAttribute('data-flagged'))).toEqual(['true', 'false']);
    expect(all('ai-flag')[0]!.textContent).toMatch(/referral|job/i);
    press(part('ai-dismiss')!);
    expect(part('ai-candidates')).toBeNull();
    expect(box().value).toBe(over);
  });

  test('shortcuts: Alt+Shift+S shortens, Alt+Shift+D drafts; buttons wait while a request runs; Cancel reaches the worker', async () => {
    let finish: (r: AiSuggestReply) => void = () => undefined;
    const port = fakePort('available', () => new Promise((resolve) => (finish = resolve)));
    const { part, dialog } = setup(port);
    await settle();
    typeInBox(over);
    box().dispatchEvent(trusted(new KeyboardEvent('keydown', { bubbles: true, altKey: true, shiftKey: true, code: 'KeyS' })));
    expect(port.asked.map((r) => r.action)).toEqual(['shorten']);
    expect(part<HTMLButtonElement>('ai-draft')!.disabled).toBe(true);
    press(part('ai-cancel')!);
    await settle();
    expect(port.cancels).toBe(1);
    finish({ outcome: 'cancelled', candidates: [], rejected: [] });
    await settle();
    expect(part('ai-message')?.textContent).toBe('Stopped.');
    dialog.root.dispatchEvent(trusted(new KeyboardEvent('keydown', { bubbles: true, altKey: true, shiftKey: true, code: 'KeyD' })));
    expect(port.asked.map((r) => r.action)).toEqual(['shorten', 'draft']);
    // No talking point: Weave in is not offered, and its shortcut is left to the page.
    const weave = trusted(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, altKey: true, shiftKey: true, code: 'KeyW' }));
    box().dispatchEvent(weave);
    expect(weave.defaultPrevented).toBe(false);
    expect(port.asked).toHaveLength(2);
  });

  test('Chrome is downloading the model: says so, no buttons', async () => {
    const { part } = setup(fakePort('downloading', { outcome: 'done', candidates: [], rejected: [] }));
    await settle();
    expect(part('ai-download')?.textContent).toBe('Chrome is downloading its built-in model from Google. Rapport sends nothing.');
    expect(part('ai-draft')).toBeNull();
  });

  test('the model must first be downloaded: a plain notice, no buttons', async () => {
    const { part } = setup(fakePort('downloadable', { outcome: 'done', candidates: [], rejected: [] }));
    await settle();
    expect(part('ai-download')?.textContent).toBe("Writing help needs Chrome's built-in model. Chrome downloads it once, from Google; Rapport sends nothing. Start the download from Rapport's side panel.");
    expect(part('ai-draft')).toBeNull();
  });

  test('Weave in gets the best talking point on the page (the shared contact here), in the note\'s language', async () => {
    const ada: ProfileRead = {
      fullName: 'Ada Lovelace', firstNameHints: [], headline: null, location: null, currentCompany: null, school: null,
      degree: null, mutualConnections: { count: 3, names: ['Charles Babbage'] }, profileUrl: 'https://www.linkedin.com/in/ada-lovelace/',
      vanity: 'ada-lovelace', connect: 'primary', pending: false, era: 'D', missing: [],
    };
    const port = fakePort('available', { outcome: 'done', candidates: [fit('Hi Ada, we both know Charles Babbage. Coffee?')], rejected: [] });
    const { part } = setup(port, ada);
    await settle();
    typeInBox('Hi Ada, I admire your work on engines. Coffee?');
    press(part('ai-weave')!);
    await settle();
    expect(port.asked).toMatchObject([{ action: 'weave', point: 'we both know Charles Babbage' }]);
    // The same point goes with every action; the core decides what each keeps (Shorten: only what the note says).
    press(part('ai-draft')!);
    await settle();
    expect(port.asked[1]).toMatchObject({ action: 'draft', point: 'we both know Charles Babbage' });
  });
});
