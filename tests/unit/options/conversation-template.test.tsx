// A request for a conversation in the options page: the kind selector offers all four kinds with
// their labels, the preview counts against LinkedIn's message limit (not the note limits), shows the
// request checklist with each state in words and coaches with the request coach; Save hands over the
// conversation kind; the list names the kind.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { TemplateEditor } from '../../../src/options/templates/TemplateEditor';
import { TemplateList } from '../../../src/options/templates/TemplateList';
import { sampleProfile } from '../../../src/options/templates/preview-context';
import { toNoteContext } from '../../../src/core/person';
import { conversationStarters } from '../../../src/core/starter-conversations';
import { localeMessages, optionsRoot } from './options-root';

let messages = localeMessages('en');
const root = optionsRoot(() => messages);
beforeEach(() => { messages = localeMessages('en'); });

const q = <T extends Element = HTMLElement>(name: string) => root.el.querySelector<T>(`[data-rapport="${name}"]`);
const context = toNoteContext(sampleProfile, { myName: 'Robin', myInterest: 'climate data' });
const request = conversationStarters.find((t) => t.id === 'starter-conversation-request')!.body;

function editor(onSave = vi.fn()) {
  render(<TemplateEditor initial={{ name: '', body: '', kind: 'invitation' }} context={context} limit={200}
    previewSource={null} saving={false} onSave={onSave} onCancel={() => {}} />, root.el);
  return onSave;
}

async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const checklist = () => [...root.el.querySelectorAll('[data-rapport="request-part"]')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());

describe('a conversation template in the editor', () => {
  test('the kind selector offers the four kinds with clear labels, in English and German', () => {
    editor();
    const labels = () => [...q<HTMLSelectElement>('template-kind')!.options].map((o) => `${o.value}: ${o.textContent}`);
    expect(labels()).toEqual([
      'invitation: Invitation note', 'follow-up: Follow-up after accepting',
      'conversation: Request for a conversation', 'conversation-follow-up: Follow-up on a request',
    ]);
    render(null, root.el);
    messages = localeMessages('de');
    editor();
    expect(labels()).toEqual([
      'invitation: Einladungsnotiz', 'follow-up: Nachricht nach der Annahme',
      'conversation: Bitte um ein Gespräch', 'conversation-follow-up: Nachfrage zur Gesprächsbitte',
    ]);
  });

  test('is created, previewed against the message limit with the checklist, and saved', async () => {
    const onSave = editor();
    await choose(q<HTMLSelectElement>('template-kind')!, 'conversation');
    await type(q<HTMLInputElement>('template-name')!, 'Ask for 20 minutes');
    await type(q<HTMLTextAreaElement>('template-body')!, 'Hi {{firstName}}, can we chat?');

    // A bare ask: the checklist is visible and says in words what is missing.
    expect(q('request-checklist')?.getAttribute('aria-label')).toBe('Parts of a good request');
    expect(checklist()).toEqual([
      '○ Why you are reaching out: missing', '○ What you are interested in: missing', '○ Why their background: missing',
      '○ How you are connected: missing', '○ A concrete ask: how long, when and how: missing',
    ]);
    expect([...root.el.querySelectorAll('[data-rapport="hint"]')].map((h) => h.getAttribute('data-hint'))).toContain('request-time-box');

    await type(q<HTMLTextAreaElement>('template-body')!, request);
    expect(checklist().every((line) => line?.startsWith('✓') && line.endsWith(': included'))).toBe(true);
    expect(root.el.querySelectorAll('[data-present="true"]')).toHaveLength(5);
    // Counted against LinkedIn's message limit, not the 200/300 of a note (this text is longer than 300).
    const text = q('preview-text')!.textContent!;
    expect(text.length).toBeGreaterThan(300);
    expect(q('counter-3000')?.textContent).toContain(`${text.length}/3000`);
    expect(q('counter-3000')?.className).not.toContain('over');
    expect(q('counter-200')).toBeNull();
    expect(q('counter-300')).toBeNull();
    expect(q('word-count')?.textContent).toMatch(/^\d+ words — a request is best kept to 150 or fewer$/);
    expect([...root.el.querySelectorAll('[data-rapport="hint"]')].map((h) => h.getAttribute('data-hint'))).toEqual(['ready']);

    await act(() => q<HTMLButtonElement>('template-save')!.click());
    expect(onSave).toHaveBeenCalledWith({ name: 'Ask for 20 minutes', body: request, kind: 'conversation' });
  });

  test('a note keeps the note counters and no checklist', async () => {
    editor();
    await type(q<HTMLTextAreaElement>('template-body')!, 'Hi {{firstName}}, glad to connect.');
    expect(q('counter-200')).not.toBeNull();
    expect(q('request-checklist')).toBeNull();
  });

  test('a follow-up on a request is checked for pointing back and for the ask, with a 100-word budget', async () => {
    editor();
    await choose(q<HTMLSelectElement>('template-kind')!, 'conversation-follow-up');
    await type(q<HTMLTextAreaElement>('template-body')!, 'Hi {{firstName}}, following up on my message: 20 minutes, whenever suits you?');
    expect(checklist()).toEqual(['✓ Points back to your request: included', '✓ A concrete ask: how long, when and how: included']);
    expect(q('word-count')?.textContent).toContain('100 or fewer');
  });
});

test('the list names each template\'s kind', () => {
  render(<TemplateList templates={[
    { id: 'a', name: 'Ask', body: 'Hi {{firstName}}.', kind: 'conversation' },
    { id: 'b', name: 'Nudge', body: 'Hi {{firstName}}.', kind: 'conversation-follow-up' },
    { id: 'c', name: 'Note', body: 'Hi {{firstName}}.', kind: 'invitation' },
  ]} defaultId={undefined} busy={false} focus={null} onAction={() => {}} />, root.el);
  expect([...root.el.querySelectorAll('[data-rapport="template-kind-badge"]')].map((b) => b.textContent))
    .toEqual(['Request for a conversation', 'Follow-up on a request', 'Invitation note']);
});
