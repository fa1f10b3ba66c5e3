// mountComposer on hand-built LinkedIn dialogs (the documented 2024 markup), read by the real
// reader: where the host goes, Insert, the counter, the shortcut, recording Send, settings.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { findInviteDialog, type InviteDialog } from '../../../src/linkedin';
import { invitee } from '../../../src/linkedin/invitee';
import { noteLimitFor } from '../../../src/core/count';
import { mountComposer, type ComposerDeps, type InvitationSent } from '../../../src/composer/mount';
import { fallbackSettings, type ComposerData } from '../../../src/composer/data';
import type { Template } from '../../../src/core/schemas';
import { clampText, PREVIEW_CLAMP } from '../../../src/composer/clamp';
import type { ProfileGuard } from '../../../src/shared/messages';
import { mountWhole } from './whole-composer';

const step1 = (name: string) => `
  <div data-test-modal-id="send-invite-modal"><div role="dialog" class="artdeco-modal send-invite" aria-labelledby="send-invite-modal">
    <button aria-label="Dismiss">×</button>
    <div class="artdeco-modal__header"><h2 id="send-invite-modal">Add a note to your invitation?</h2></div>
    <div class="artdeco-modal__content"><p>Personalize your invitation to <strong>${name}</strong> by adding a note.</p></div>
    <div class="artdeco-modal__actionbar">
      <button aria-label="Add a note" class="artdeco-button artdeco-button--secondary">Add a note</button>
      <button aria-label="Send without a note" class="artdeco-button artdeco-button--primary">Send without a note</button>
    </div></div></div>`;

const step2 = (limit: number) => `
  <div data-test-modal-id="send-invite-modal"><div role="dialog" class="artdeco-modal send-invite" aria-labelledby="send-invite-modal">
    <div class="artdeco-modal__header"><h2 id="send-invite-modal">Add a note to your invitation</h2></div>
    <div class="artdeco-modal__content">
      <textarea id="custom-message" name="message"></textarea>
      <span aria-live="polite">0/${limit}</span>
    </div>
    <div class="artdeco-modal__actionbar">
      <button aria-label="Cancel adding a note" class="artdeco-button artdeco-button--secondary">Cancel</button>
      <button aria-label="Send invitation" class="artdeco-button artdeco-button--primary">Send</button>
    </div></div></div>`;

const templates: Template[] = [
  { id: 'a', name: 'First', body: 'Hi {{firstName}}, I saw your work at {{company|your team}} and would like to connect.', kind: 'invitation' },
  { id: 'b', name: 'Second', body: 'Hello {{fullName}}, I am exploring {{myInterest|your field}} too.', kind: 'invitation' },
];

const data = (over: Partial<ComposerData> = {}): ComposerData => ({
  templates, settings: { ...fallbackSettings }, guard: null, guardFor: null, ...over,
});

function setup(markup: string, options: { data?: ComposerData; fresh?: ComposerData; name?: string; painted?: boolean } = {}) {
  document.body.innerHTML = markup;
  const dialog = findInviteDialog(document)!;
  if (options.name !== undefined) dialog.invitee = invitee(options.name, 'ada-lovelace');
  const reports: InvitationSent[] = [];
  let current = options.data ?? data();
  const deps: ComposerDeps = {
    profile: () => null,
    data: () => current,
    refresh: vi.fn(async () => (current = options.fresh ?? current)),
    report: (sent) => reports.push(sent),
    current: () => findInviteDialog(document),
    now: () => Date.parse('2026-03-01T12:00:00Z'),
    ...(options.painted === undefined ? {} : { painted: () => options.painted! }),
  };
  const mounted = mountComposer(dialog, deps);
  const shadow = lastShadowRoot();
  const host = shadow?.host ?? null;
  const part = <E extends Element = HTMLElement>(name: string) => shadow?.querySelector<E>(`[data-part="${name}"]`) ?? null;
  return { dialog, deps, mounted, host, shadow, part, reports };
}

// The composer's root is closed: `host.shadowRoot` is null here as in the page. The tests keep
// the roots attachShadow hands out (a spy in the test only, nothing the build keeps).
const shadowRoots: ShadowRoot[] = [];
const lastShadowRoot = () => shadowRoots.at(-1) ?? null;

/** What the browser does for real input alone: an event with isTrusted true. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
/** A person's click (a script's `.click()` is not trusted and does nothing in the composer). */
const press = (el: Element) => el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
const sendButton = () => document.querySelector<HTMLButtonElement>('button[aria-label="Send invitation"]')!;

const box = () => document.querySelector<HTMLTextAreaElement>('#custom-message')!;
const typeInBox = (text: string) => {
  box().value = text;
  box().dispatchEvent(new Event('input', { bubbles: true }));
};

beforeEach(() => {
  vi.stubGlobal('chrome', undefined);
  shadowRoots.length = 0;
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    shadowRoots.push(root);
    return root;
  });
});
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('at the note step', () => {
  test('one bare host with a closed root between the content and the buttons, counter at 0/limit', () => {
    const { host, part, dialog, shadow } = setup(step2(300), { name: 'Ada Lovelace' });
    expect(shadow?.mode).toBe('closed');
    expect(host?.shadowRoot).toBeNull();
    expect(host?.tagName).toBe('DIV');
    expect(host?.attributes).toHaveLength(0);
    expect(host?.childNodes).toHaveLength(0);
    expect(host?.previousElementSibling?.classList.contains('artdeco-modal__content')).toBe(true);
    expect(dialog.root.querySelectorAll('[data-rapport]')).toHaveLength(0);
    expect(dialog.root.innerHTML).not.toMatch(/rapport/i);
    expect(part('counter')?.textContent).toBe('0/300');
    expect(part('counter')?.getAttribute('aria-live')).toBe('polite');
    expect(part<HTMLSelectElement>('template')?.value).toBe('a');
  });

  test('Insert sets the value, fires input (so LinkedIn enables Send) and the counter follows', () => {
    const { part } = setup(step2(200), { name: 'Ada Lovelace' });
    const inputs: string[] = [];
    box().addEventListener('input', () => inputs.push(box().value));
    press(part('insert')!);
    expect(box().value).toBe('Hi Ada, I saw your work at your team and would like to connect.');
    expect(inputs).toEqual([box().value]);
    expect(part('counter')?.textContent).toBe(`${box().value.length}/200`);
  });

  test('typing in LinkedIn\'s box updates the counter synchronously, and marks going over', () => {
    const { part } = setup(step2(200), { name: 'Ada Lovelace' });
    typeInBox('Hello');
    expect(part('counter')?.textContent).toBe('5/200');
    typeInBox('x'.repeat(203));
    expect(part('counter')?.textContent).toBe('203/200');
    expect(part('counter')?.getAttribute('data-over')).toBe('true');
    expect(part('over-limit')).not.toBeNull();
    typeInBox('short');
    expect(part('over-limit')).toBeNull();
  });

  test('the coach speaks about the box once there is text, about the preview before', () => {
    const { part, shadow } = mountWhole(() => setup(step2(200), { name: 'Ada Lovelace' }));
    expect(shadow!.querySelectorAll('[data-part="hint"]').length).toBeGreaterThan(0);
    typeInBox('Hi Ada, please buy our product, special discount for you today.');
    const ids = [...shadow!.querySelectorAll('[data-part="hint"]')].map((h) => h.getAttribute('data-hint'));
    expect(ids).toContain('sales-pitch');
    expect(part('counter')).not.toBeNull();
  });

  test('usable in its first draw (counter, template, preview, Insert); the coach follows before the next paint', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    try {
      const { part, shadow } = setup(step2(200), { name: 'Ada Lovelace' });
      expect(part('counter')?.textContent).toBe('0/200');
      expect(part<HTMLButtonElement>('insert')?.disabled).toBe(false);
      expect(part('preview')).not.toBeNull();
      expect(shadow!.querySelectorAll('[data-part="hint"]')).toHaveLength(0);
      vi.advanceTimersToNextFrame();
      expect(shadow!.querySelectorAll('[data-part="hint"]').length).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
  });

  test('choosing another template changes the preview and what Insert puts in', () => {
    const { part } = setup(step2(200), { name: 'Ada Lovelace' });
    const select = part<HTMLSelectElement>('template')!;
    select.value = 'b';
    select.dispatchEvent(trusted(new Event('change', { bubbles: true })));
    expect(part('preview')?.textContent).toBe('Hello Ada Lovelace, I am exploring your field too.');
    press(part('insert')!);
    expect(box().value).toBe('Hello Ada Lovelace, I am exploring your field too.');
  });

  test('Alt+Shift+I in LinkedIn\'s box inserts; other keys do not', () => {
    setup(step2(200), { name: 'Ada Lovelace' });
    box().dispatchEvent(trusted(new KeyboardEvent('keydown', { code: 'KeyI', altKey: true, bubbles: true })));
    expect(box().value).toBe('');
    const event = trusted(new KeyboardEvent('keydown', { code: 'KeyI', altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
    box().dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(box().value).toContain('Hi Ada,');
  });

  test('Send records the box\'s text, the template when it came from Insert, once', () => {
    const { part, reports } = setup(step2(200), { name: 'Ada Lovelace' });
    press(part('insert')!);
    typeInBox(`${box().value} Thanks!`);
    press(sendButton());
    press(sendButton());
    expect(reports).toEqual([{
      type: 'invitation.sent', profileUrl: 'https://www.linkedin.com/in/ada-lovelace/', name: 'Ada Lovelace', greetedFirstName: 'Ada',
      note: 'Hi Ada, I saw your work at your team and would like to connect. Thanks!', templateId: 'a',
    }]);
  });

  test('a page script\'s click() on Send or "Send without a note" records nothing', () => {
    const { reports } = setup(step2(200), { name: 'Ada Lovelace' });
    typeInBox('My own words');
    document.querySelector<HTMLButtonElement>('button[aria-label="Send invitation"]')!.click();
    expect(reports).toEqual([]);
    press(sendButton());
    expect(reports).toHaveLength(1);
  });

  test('a typed note is recorded without a template; without a profile URL nothing is recorded', () => {
    const typed = setup(step2(200), { name: 'Ada Lovelace' });
    typeInBox('My own words');
    press(sendButton());
    expect(typed.reports).toEqual([expect.objectContaining({ note: 'My own words' })]);
    expect(typed.reports[0]).not.toHaveProperty('templateId');
    typed.mounted!.unmount();

    const nobody = setup(step2(200));
    typeInBox('My own words');
    press(sendButton());
    expect(nobody.reports).toEqual([]);
  });

  test('a name that looks like HTML stays text', () => {
    const name = 'Alex <img src=x onerror=alert(1)> Moreau';
    const { part, shadow } = setup(step2(200), { name, data: data({ templates: [{ id: 'f', name: 'F', body: 'Hello {{fullName}}.', kind: 'invitation' }] }) });
    expect(part('preview')?.textContent).toBe(`Hello ${name}.`);
    expect(shadow!.querySelectorAll('img')).toHaveLength(0);
    press(part('insert')!);
    expect(box().value).toBe(`Hello ${name}.`);
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });

  test('the background\'s answer replaces the templates unless the person already chose one', async () => {
    const fresh = data({ templates: [{ id: 'mine', name: 'Mine', body: 'Hey {{firstName}}!', kind: 'invitation' }], settings: { ...fallbackSettings, defaultTemplateId: 'mine' } });
    const { part, deps } = setup(step2(200), { name: 'Ada Lovelace', fresh });
    expect(deps.refresh).toHaveBeenCalledWith('https://www.linkedin.com/in/ada-lovelace/');
    await vi.waitFor(() => expect(part('preview')?.textContent).toBe('Hey Ada!'));
  });

  test('a guard shows only for the person it is about', async () => {
    const guard: ProfileGuard = {
      tracked: { id: 'x', profileUrl: 'https://www.linkedin.com/in/ada-lovelace/', name: 'Ada', note: '', sentAt: '2026-02-20T10:00:00Z', status: 'pending', source: 'composer', daysSinceSent: 9, bucket: 'waiting' },
      reinviteLockedUntil: null, sentThisWeek: 1, weeklyInviteBudget: 100, notesThisMonth: 1, monthlyNoteQuota: 5,
    };
    const mine = setup(step2(200), { name: 'Ada Lovelace', fresh: data({ guard, guardFor: 'https://www.linkedin.com/in/ada-lovelace/' }) });
    await vi.waitFor(() => expect(mine.part('guard')?.textContent).toBe('composer_guard_pending'));
    mine.mounted!.unmount();
    const other = setup(step2(200), { name: 'Ada Lovelace', fresh: data({ guard, guardFor: 'https://www.linkedin.com/in/someone-else/' }) });
    await Promise.resolve();
    await Promise.resolve();
    expect(other.part('guard')).toBeNull();
  });

  test('unmount removes the host and stops listening', () => {
    const { mounted, reports, host } = setup(step2(200), { name: 'Ada Lovelace' });
    mounted!.unmount();
    expect(host!.isConnected).toBe(false);
    typeInBox('Later');
    press(sendButton());
    expect(reports).toEqual([]);
    expect(mounted!.isConnected()).toBe(false);
  });
});

describe('only what the person does', () => {
  test('a script\'s click on Insert, change of the chooser or made-up Alt+Shift+I does nothing', () => {
    const { part } = setup(step2(200), { name: 'Ada Lovelace' });
    part<HTMLButtonElement>('insert')!.click();
    part('insert')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    box().dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyI', altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
    expect(box().value).toBe('');
    const select = part<HTMLSelectElement>('template')!;
    select.value = 'b';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(part('preview')?.textContent).toBe('Hi Ada, I saw your work at your team and would like to connect.');
    press(part('insert')!);
    expect(box().value).toBe('Hi Ada, I saw your work at your team and would like to connect.');
  });

  test('a script\'s click on "Show me" moves no focus', () => {
    const { part } = setup(step1('Ada Lovelace'));
    part<HTMLButtonElement>('show-add-note')!.click();
    expect(document.activeElement).not.toBe(document.querySelector('button[aria-label="Add a note"]'));
  });
});

describe('where the host goes at the first step', () => {
  const actionbar = () => document.querySelector('.artdeco-modal__actionbar');

  test('drawn with the dialog: above LinkedIn\'s buttons, where the person reads before choosing', () => {
    const { host } = setup(step1('Ada Lovelace'), { painted: false });
    expect(host?.nextElementSibling).toBe(actionbar());
  });

  test('arriving after the step was painted (or not knowing): after the buttons, so none moves under the pointer', () => {
    for (const painted of [true, undefined]) {
      const { host } = setup(step1('Ada Lovelace'), { painted });
      expect(host?.previousElementSibling, String(painted)).toBe(actionbar());
    }
  });

  test('the note step keeps its place between the content and the buttons, early or late', () => {
    for (const painted of [false, true]) {
      const { host } = setup(step2(300), { name: 'Ada Lovelace', painted });
      expect(host?.nextElementSibling).toBe(actionbar());
    }
  });
});

describe('long values', () => {
  const value = 'Builds bridges '.repeat(700).trim(); // 10,499 characters, as a hostile headline could be
  const longName = `A name ${'very '.repeat(40)}long`;
  // A long value through a setting (the same path as a long headline: a context variable).
  const long = data({
    templates: [{ id: 'h', name: longName, body: 'Hi {{firstName}}, {{myInterest}}', kind: 'invitation' }],
    settings: { ...fallbackSettings, myInterest: value },
  });

  test('the preview shows a clamped start with the whole text on demand; Insert puts in all of it', () => {
    const { part } = setup(step2(200), { name: 'Ada Lovelace', data: long });
    const full = `Hi Ada, ${value}`;
    const preview = part('preview')!;
    expect(preview.getAttribute('data-clamped')).toBe('true');
    expect(preview.textContent!.length).toBeLessThanOrEqual(321);
    expect(preview.textContent!.endsWith('…')).toBe(true);
    const toggle = part<HTMLButtonElement>('preview-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click(); // a script's click: nothing
    expect(part('preview')!.getAttribute('data-clamped')).toBe('true');
    press(toggle);
    expect(part('preview')!.textContent).toBe(full);
    expect(part('preview-toggle')!.getAttribute('aria-expanded')).toBe('true');
    press(part('preview-toggle')!);
    expect(part('preview')!.getAttribute('data-clamped')).toBe('true');
    press(part('insert')!);
    expect(box().value).toBe(full);
  });

  test('a long template name is cut in the chooser and whole in its title', () => {
    const { part } = setup(step2(200), { name: 'Ada Lovelace', data: long });
    const select = part<HTMLSelectElement>('template')!;
    expect(select.options[0]!.textContent!.length).toBeLessThanOrEqual(61);
    expect(select.title).toBe(longName);
  });

  test('clampText keeps short text and cuts long text without splitting a surrogate pair', () => {
    expect(clampText('short', 10)).toEqual({ shown: 'short', clamped: false });
    expect(clampText('abcdef', 3)).toEqual({ shown: 'abc…', clamped: true });
    expect(clampText('ab😀cd', 3)).toEqual({ shown: 'ab…', clamped: true });
    // A note LinkedIn could take (300 at most) is never clamped.
    expect(clampText('x'.repeat(300), PREVIEW_CLAMP).clamped).toBe(false);
  });
});

describe('theme', () => {
  test('follows LinkedIn\'s marker and painted background, not the computer', () => {
    document.documentElement.classList.add('theme--dark');
    try {
      const dark = setup(step2(200), { name: 'Ada Lovelace' });
      expect(dark.part('composer')?.getAttribute('data-theme')).toBe('dark');
      dark.mounted!.unmount();
    } finally {
      document.documentElement.classList.remove('theme--dark');
    }
    const light = setup(step2(200), { name: 'Ada Lovelace' });
    expect(light.part('composer')?.getAttribute('data-theme')).toBe('light');
  });
});

describe('at the first step', () => {
  test('"Show me" focuses LinkedIn\'s "Add a note" and clicks nothing', () => {
    const { part } = setup(step1('Ada Lovelace'));
    const addNote = document.querySelector<HTMLButtonElement>('button[aria-label="Add a note"]')!;
    const clicked = vi.fn();
    addNote.addEventListener('click', clicked);
    expect(part('insert')).toBeNull();
    press(part('show-add-note')!);
    expect(document.activeElement).toBe(addNote);
    expect(clicked).not.toHaveBeenCalled();
  });

  test('"Send without a note" records an empty note for the dialog\'s person', () => {
    expect(findInviteDialog((document.body.innerHTML = step1('Ada Lovelace'), document))?.invitee?.name).toBe('Ada Lovelace');
    const { reports } = setup(step1('Ada Lovelace'), { name: 'Ada Lovelace' });
    press(document.querySelector('button[aria-label="Send without a note"]')!);
    expect(reports).toEqual([{ type: 'invitation.sent', profileUrl: 'https://www.linkedin.com/in/ada-lovelace/', name: 'Ada Lovelace', greetedFirstName: 'Ada', note: '' }]);
  });
});

describe('settings', () => {
  test('the side-panel mode mounts nothing; unknown steps mount nothing', () => {
    expect(setup(step2(200), { data: data({ settings: { ...fallbackSettings, composerMode: 'side-panel' } }) }).mounted).toBeNull();
    document.body.innerHTML = step2(200);
    const dialog = { ...findInviteDialog(document)!, stage: 'unknown' } as InviteDialog;
    expect(mountComposer(dialog, { profile: () => null, data: () => data(), refresh: async () => data(), report: () => undefined, current: () => null, now: Date.now })).toBeNull();
  });

  test.each(['quota-upsell', 'weekly-limit'] as const)('LinkedIn refusing (%s) gets advice only: no template, no Insert', (stage) => {
    document.body.innerHTML = step2(200);
    const dialog = { ...findInviteDialog(document)!, stage, noteBox: null } as InviteDialog;
    const mounted = mountComposer(dialog, { profile: () => null, data: () => data(), refresh: async () => data(), report: () => undefined, current: () => null, now: Date.now });
    expect(mounted).not.toBeNull();
    const shadow = lastShadowRoot()!;
    expect(shadow.querySelectorAll('[data-part="guard"]')).toHaveLength(1);
    expect(shadow.querySelector('[data-part="guard"]')!.textContent).toBe(stage === 'quota-upsell' ? 'composer_stage_quota' : 'composer_stage_weekly');
    expect(shadow.querySelector('[data-part="insert"], [data-part="template"]')).toBeNull();
    mounted!.unmount();
  });

  test('the limit comes from the dialog unless the settings force 200 or 300', () => {
    expect(noteLimitFor('auto', 300)).toBe(300);
    expect(noteLimitFor('auto', null)).toBe(200);
    expect(noteLimitFor('200', 300)).toBe(200);
    expect(noteLimitFor('300', 200)).toBe(300);
    expect(noteLimitFor('auto')).toBe(200); // no dialog to read (options page, side panel)
    const { part } = setup(step2(200), { data: data({ settings: { ...fallbackSettings, noteLimit: '300' } }) });
    expect(part('counter')?.textContent).toBe('0/300');
  });
});
