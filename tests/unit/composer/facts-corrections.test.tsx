// The person's corrections reach everything the composer makes about the person (issue 16): the
// talking points are worked out from the corrected school and company, like the note's values;
// and emptying a field the page filled says "there is none" (the note leaves it out), undone by
// "Use the page's value".
import { describe, expect, test, vi } from 'vitest';
import { findInviteDialog, type ProfileRead } from '../../../src/linkedin';
import { emptyProfile } from '../../../src/linkedin/read-profile';
import { invitee } from '../../../src/linkedin/invitee';
import { mountComposer, type ComposerDeps, type InvitationSent } from '../../../src/composer/mount';
import { fallbackSettings, type ComposerData } from '../../../src/composer/data';
import type { Corrections } from '../../../src/core/corrections';
import type { Template } from '../../../src/core/schemas';
import { fakeBrowser } from '../sidepanel/english';
import { keepClosedRoots, trusted } from './closed-roots';
import { mountWhole, NOTE_STEP_DIALOG } from './whole-composer';

const templates: Template[] = [
  { id: 'a', name: 'First', body: 'Hi {{firstName}}, I saw your work at {{company|your team}} and would like to connect.', kind: 'invitation' },
];
const ADA = 'https://www.linkedin.com/in/ada-lovelace/';
const ada: ProfileRead = {
  ...emptyProfile(), missing: [], fullName: 'Ada Lovelace', vanity: 'ada-lovelace', profileUrl: ADA,
  currentCompany: 'Globex', school: 'Wrong Institute', location: 'London',
};
const about = { schools: [{ name: 'Cambridge' }], employers: [{ name: 'Globex' }], location: '', languages: [] };

const roots = keepClosedRoots(fakeBrowser);

function mount(stored: Corrections = {}) {
  document.body.innerHTML = NOTE_STEP_DIALOG;
  const dialog = findInviteDialog(document)!;
  dialog.invitee = invitee('Ada Lovelace', 'ada-lovelace');
  const reports: InvitationSent[] = [];
  const saved: Corrections[] = [];
  const data: ComposerData = { templates, settings: { ...fallbackSettings, about }, guard: null, guardFor: ADA, corrections: stored };
  const deps: ComposerDeps = {
    profile: () => ada,
    data: () => data,
    refresh: async () => data,
    report: (sent) => reports.push(sent),
    current: () => findInviteDialog(document),
    now: () => Date.parse('2026-03-01T12:00:00Z'),
    correct: (_url, corrections) => saved.push(corrections),
  };
  const mounted = mountWhole(() => mountComposer(dialog, deps)!);
  const root = roots.at(-1)!;
  const part = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
  const field = (name: string) => part<HTMLInputElement>(`[data-part="fact"][data-field="${name}"]`)!;
  const type = (name: string, text: string) => {
    // A field the template does not use waits behind "More details", as for the person.
    if (!part(`[data-part="fact"][data-field="${name}"]`)) click(part('[data-part="facts-more"]')!);
    field(name).value = text;
    field(name).dispatchEvent(trusted(new Event('input', { bubbles: true })));
  };
  const points = () => [...root.querySelectorAll<HTMLElement>('[data-part="talking-point"]')].map((b) => `${b.dataset.kind}: ${b.textContent}`);
  const click = (el: Element) => el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
  return { mounted, root, part, field, type, points, click, reports, saved, box: () => document.querySelector<HTMLTextAreaElement>('#custom-message')! };
}

describe('talking points use the person’s corrections', () => {
  test('a corrected school is the school "you both studied at" is found for', () => {
    const { type, points } = mount();
    expect(points().some((p) => p.startsWith('school:'))).toBe(false);
    expect(points()).toContainEqual(expect.stringMatching(/^employer: .*Globex/));
    type('school', 'Cambridge');
    expect(points()).toContainEqual(expect.stringMatching(/^school: .*Cambridge/));
  });

  test('corrections kept from an earlier visit count from the start; a removed company is no longer shared', () => {
    const { points } = mount({ school: 'Cambridge', company: '' });
    expect(points()).toContainEqual(expect.stringMatching(/^school: .*Cambridge/));
    expect(points().some((p) => p.startsWith('employer:'))).toBe(false);
  });
});

describe('an emptied field removes a wrong value', () => {
  test('the note falls back, the invitation is recorded without it, and "Use the page’s value" brings it back', () => {
    vi.useFakeTimers();
    const { part, field, type, points, click, root, reports, saved, box } = mount();
    const preview = () => part('[data-part="preview"]')?.textContent;
    expect(preview()).toBe('Hi Ada, I saw your work at Globex and would like to connect.');
    type('company', '');
    expect(preview()).toBe('Hi Ada, I saw your work at your team and would like to connect.');
    expect(field('company').dataset.removed).toBe('true');
    expect(field('company').placeholder).toBe('none');
    expect(points().some((p) => p.startsWith('employer:'))).toBe(false);
    vi.advanceTimersByTime(500);
    expect(saved.at(-1)).toEqual({ company: '' });

    // Insert and Send: the note and the record have no company.
    click(part('[data-part="insert"]')!);
    expect(box().value).toBe('Hi Ada, I saw your work at your team and would like to connect.');
    document.querySelector<HTMLButtonElement>('button[aria-label="Send invitation"]')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(reports[0]).toMatchObject({ name: 'Ada Lovelace' });
    expect(reports[0]).not.toHaveProperty('company');

    // The way back: a labelled button beside the field, keyboard reachable, focus stays on the field.
    const restore = part<HTMLButtonElement>('[data-part="fact-restore"][data-field="company"]')!;
    expect(restore.tagName).toBe('BUTTON');
    expect(restore.textContent).toBe('Use the page\'s value');
    expect(restore.getAttribute('aria-label')).toBe('Company: use the page\'s value (Globex)');
    expect(restore.tabIndex).toBe(0);
    click(restore);
    expect(preview()).toBe('Hi Ada, I saw your work at Globex and would like to connect.');
    expect(field('company').value).toBe('Globex');
    expect(field('company').dataset.removed).toBe('false');
    expect(root.activeElement).toBe(field('company'));
    expect(part('[data-part="fact-restore"][data-field="company"]')).toBeNull();
    vi.advanceTimersByTime(500);
    expect(saved.at(-1)).toEqual({});
  });

  test('emptying a field the page left empty is no correction; retyping the page’s value is none either', () => {
    const { type, field, part } = mount();
    type('headline', 'Analyst');
    type('headline', '');
    expect(field('headline').dataset.corrected).toBe('false');
    type('company', 'Initech');
    expect(part('[data-part="fact-restore"][data-field="company"]')).not.toBeNull();
    type('company', 'Globex');
    expect(field('company').dataset.corrected).toBe('false');
    expect(part('[data-part="fact-restore"][data-field="company"]')).toBeNull();
  });
});
