// The facts line in the composer: which facts show (the template's first, the rest behind "more"),
// their names in words, the wording of what is missing, and a typed correction that fills the
// preview at once, goes into the inserted note and the recorded invitation, and is kept.
import { render } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import { findInviteDialog } from '../../../src/linkedin';
import { invitee } from '../../../src/linkedin/invitee';
import { mountComposer, type ComposerDeps, type InvitationSent } from '../../../src/composer/mount';
import { fallbackSettings, type ComposerData } from '../../../src/composer/data';
import type { Corrections } from '../../../src/core/corrections';
import { factsFor } from '../../../src/core/facts';
import { FactsLine } from '../../../src/shared/ui/FactsLine';
import type { Template } from '../../../src/core/schemas';
import { fakeBrowser, getMessage } from '../sidepanel/english';
import { keepClosedRoots, trusted } from './closed-roots';
import { mountWhole, NOTE_STEP_DIALOG } from './whole-composer';

const templates: Template[] = [
  { id: 'a', name: 'First', body: 'Hi {{firstName}}, I saw your work at {{company|your team}} and would like to connect. {{myName}}', kind: 'invitation' },
];
const t = (key: string, ...s: (string | number)[]) => getMessage(key, s.map(String)) || key;
const ADA = 'https://www.linkedin.com/in/ada-lovelace/';

const roots = keepClosedRoots(fakeBrowser);

describe('which facts show', () => {
  test('the template’s variables are used; the others wait behind "more"; settings are read-only', () => {
    const facts = factsFor(templates[0]!.body, { firstName: 'Ada', myName: '' }, {});
    expect(facts.filter((f) => f.used).map((f) => f.field)).toEqual(['firstName', 'company', 'myName']);
    expect(facts.filter((f) => !f.used).map((f) => f.field)).toEqual(['lastName', 'fullName', 'school', 'location', 'headline', 'myInterest']);
    expect(facts.find((f) => f.field === 'myName')).toMatchObject({ setting: true, value: '' });
    // A corrected value is what the note uses; the read one stays known.
    expect(factsFor(null, { company: 'Old' }, { company: 'New' }).find((f) => f.field === 'company')).toMatchObject({ value: 'New', read: 'Old', corrected: true, used: false });
  });

  test('the line names facts in words, says what is missing in the right words, and opens "more"', () => {
    const host = document.createElement('div');
    document.body.append(host);
    let expanded = false;
    const draw = () => render(<FactsLine facts={factsFor(templates[0]!.body, { firstName: 'Ada' }, {})} typed={{}} expanded={expanded}
      onToggle={() => { expanded = !expanded; draw(); }} onType={() => undefined} t={t} idPrefix="f" />, host);
    draw();
    const visible = () => [...host.querySelectorAll<HTMLElement>('.fact:not([hidden])')];
    expect(visible().map((el) => el.querySelector('.fact-name')?.textContent)).toEqual(['First name', 'Company', 'Your name']);
    expect(host.textContent).not.toMatch(/firstName|company|myName|\{\{/);
    const company = host.querySelector<HTMLInputElement>('[data-field="company"]')!;
    expect(company.placeholder).toBe('not on this page');
    expect(host.querySelector('label[for="f-company"]')?.contains(company)).toBe(true);
    expect(host.querySelector('[data-field="myName"]')?.textContent).toBe('Your name not set in Settings');
    const more = host.querySelector<HTMLButtonElement>('[data-rapport="facts-more"]')!;
    expect(more.textContent).toBe('More details (6)');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    expect(visible()).toHaveLength(9);
    expect(host.querySelector('[data-rapport="facts-more"]')?.textContent).toBe('Fewer details');
  });
});

function mount(options: { stored?: Corrections; arriving?: Corrections } = {}) {
  document.body.innerHTML = NOTE_STEP_DIALOG;
  const dialog = findInviteDialog(document)!;
  dialog.invitee = invitee('Ada Lovelace', 'ada-lovelace');
  const reports: InvitationSent[] = [];
  const saved: Corrections[] = [];
  const data: ComposerData = { templates, settings: { ...fallbackSettings }, guard: null, guardFor: ADA, corrections: options.stored ?? {} };
  const deps: ComposerDeps = {
    profile: () => null,
    data: () => data,
    refresh: async () => (options.arriving ? { ...data, corrections: options.arriving } : data),
    report: (sent) => reports.push(sent),
    current: () => findInviteDialog(document),
    now: () => Date.parse('2026-03-01T12:00:00Z'),
    correct: (url, corrections) => {
      expect(url).toBe(ADA);
      saved.push(corrections);
    },
  };
  const mounted = mountWhole(() => mountComposer(dialog, deps)!);
  const part = <E extends Element = HTMLElement>(selector: string) => roots.at(-1)!.querySelector<E>(selector);
  const type = (field: string, text: string, isTrusted = true) => {
    const input = part<HTMLInputElement>(`[data-part="fact"][data-field="${field}"]`)!;
    input.value = text;
    const event = new Event('input', { bubbles: true });
    input.dispatchEvent(isTrusted ? trusted(event) : event);
  };
  return { mounted, part, type, reports, saved, box: () => document.querySelector<HTMLTextAreaElement>('#custom-message')! };
}

describe('a correction in the composer', () => {
  test('fills the preview at once, is inserted, recorded with the invitation and kept for the person', async () => {
    vi.useFakeTimers();
    const { part, type, reports, saved, box } = mount();
    const preview = () => part('[data-part="preview"]')?.textContent;
    expect(preview()).toBe('Hi Ada, I saw your work at your team and would like to connect.');
    type('company', 'Acme Analytics');
    expect(preview()).toBe('Hi Ada, I saw your work at Acme Analytics and would like to connect.');
    expect(part('[data-field="company"]')?.getAttribute('data-corrected')).toBe('true');
    vi.advanceTimersByTime(500);
    expect(saved).toEqual([{ company: 'Acme Analytics' }]);
    part<HTMLButtonElement>('[data-part="insert"]')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(box().value).toContain('Acme Analytics');
    document.querySelector<HTMLButtonElement>('button[aria-label="Send invitation"]')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(reports[0]).toMatchObject({ company: 'Acme Analytics', name: 'Ada Lovelace' });
    expect(reports[0]?.note).toContain('Acme Analytics');
  });

  test('acts only on the person’s own typing', () => {
    const { part, type } = mount();
    type('company', 'Evil Corp', false);
    expect(part('[data-part="preview"]')?.textContent).not.toContain('Evil Corp');
  });

  test('corrections kept from an earlier visit are there when the dialog opens; a pending one is kept when it closes', () => {
    vi.useFakeTimers();
    const { part, type, saved, mounted } = mount({ stored: { company: 'Acme', firstName: 'Augusta' } });
    expect(part('[data-part="preview"]')?.textContent).toBe('Hi Augusta, I saw your work at Acme and would like to connect.');
    expect(part<HTMLInputElement>('[data-field="company"]')?.value).toBe('Acme');
    // The template does not use the school: its field is behind "More details", as for the person.
    expect(part('[data-field="school"]')).toBeNull();
    part('[data-part="facts-more"]')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    type('school', 'Cambridge');
    mounted.unmount();
    expect(saved).toEqual([{ company: 'Acme', firstName: 'Augusta', school: 'Cambridge' }]);
  });

  test('what is typed before the kept corrections arrive is not overwritten by them', async () => {
    const { part, type } = mount({ arriving: { firstName: 'Augusta', company: 'Old Kept' } });
    type('company', 'Typed Co');
    await Promise.resolve();
    await Promise.resolve();
    expect(part('[data-part="preview"]')?.textContent).toBe('Hi Augusta, I saw your work at Typed Co and would like to connect.');
  });

  test('keys typed in a field stay inside the composer (the page neither reads them nor takes them as shortcuts); Escape still reaches the dialog', () => {
    const { part } = mount();
    const seen: string[] = [];
    for (const type of ['keydown', 'keyup', 'input']) document.addEventListener(type, (e) => seen.push(`${type}:${(e as KeyboardEvent).key ?? ''}`));
    const input = part<HTMLInputElement>('[data-part="fact"][data-field="company"]')!;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', bubbles: true, composed: true }));
    input.dispatchEvent(new KeyboardEvent('keyup', { key: 'A', bubbles: true, composed: true }));
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(seen).toEqual([]);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(seen).toEqual(['keydown:Escape']);
  });
});
