// mountComposer on hand-built LinkedIn dialogs (the documented 2024 markup), read by the real
// reader: where the host goes, long values, theme, the first step, settings.
import { describe, expect, test, vi } from 'vitest';
import { findInviteDialog, type InviteDialog } from '../../../src/linkedin';
import { noteLimitFor } from '../../../src/core/count';
import { mountComposer } from '../../../src/composer/mount';
import { fallbackSettings } from '../../../src/composer/data';
import { clampText, PREVIEW_CLAMP } from '../../../src/composer/clamp';
import { box, data, lastShadowRoot, press, setup, step1, step2, useMountPage } from './mount-page';

useMountPage();

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
