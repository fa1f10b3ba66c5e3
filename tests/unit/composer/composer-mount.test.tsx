// mountComposer on hand-built LinkedIn dialogs (the documented 2024 markup), read by the real
// reader, at the note step: Insert, the counter, the shortcut, recording Send, trusted input only.
import { describe, expect, test, vi } from 'vitest';
import { fallbackSettings } from '../../../src/composer/data';
import type { ProfileGuard } from '../../../src/shared/messages';
import { mountWhole } from './whole-composer';
import { box, data, press, sendButton, setup, step1, step2, trusted, typeInBox, useMountPage } from './mount-page';

useMountPage();

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
    await vi.waitFor(() => expect(deps.refresh).toHaveBeenCalledWith('https://www.linkedin.com/in/ada-lovelace/'));
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
