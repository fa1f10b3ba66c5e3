// The composer with facts missing: a default that would lose its substance gives way to the
// template the facts fill (and says which and why), the left-out line names fields in words, and
// Insert of a note under 40 characters asks first (the button and Alt+Shift+I alike).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { findInviteDialog } from '../../../src/linkedin';
import { invitee } from '../../../src/linkedin/invitee';
import { mountComposer, type ComposerDeps } from '../../../src/composer/mount';
import { fallbackSettings, type ComposerData } from '../../../src/composer/data';
import type { Template } from '../../../src/core/schemas';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const en = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Messages;
/** chrome.i18n.getMessage as the browser does it: named placeholders mapped to $1, $2, … */
function getMessage(key: string, subs: string[] = []): string {
  const entry = en[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    const index = Number(content.slice(1)) - 1;
    return index >= 0 ? (subs[index] ?? '') : whole;
  });
}

const noteStep = `
  <div data-test-modal-id="send-invite-modal"><div role="dialog" class="artdeco-modal send-invite" aria-labelledby="t">
    <div class="artdeco-modal__header"><h2 id="t">Add a note to your invitation</h2></div>
    <div class="artdeco-modal__content"><textarea id="custom-message" name="message"></textarea><span>0/200</span></div>
    <div class="artdeco-modal__actionbar">
      <button aria-label="Cancel adding a note" class="artdeco-button">Cancel</button>
      <button aria-label="Send invitation" class="artdeco-button artdeco-button--primary">Send</button>
    </div></div></div>`;

const needy: Template = { id: 'needy', name: 'Via a friend', kind: 'invitation',
  body: "Hi {{firstName}}, {{mutualName}} suggested I reach out. I'd love to hear what you build at {{company}}. Best, {{myName}}" };
const general: Template = { id: 'general', name: 'Your work', kind: 'invitation',
  body: "Hi {{firstName}}, your work on data platforms caught my eye. I'd be glad to connect and compare notes." };
const tiny: Template = { id: 'tiny', name: 'Tiny', kind: 'invitation', body: 'Hi {{firstName}}, glad to connect!' };

function setup(templates: Template[], defaultTemplateId?: string) {
  document.body.innerHTML = noteStep;
  const dialog = findInviteDialog(document)!;
  dialog.invitee = invitee('Lucía Ferrer', 'lucia-ferrer');
  const data: ComposerData = { templates, settings: { ...fallbackSettings, defaultTemplateId }, guard: null, guardFor: null };
  const deps: ComposerDeps = {
    profile: () => null, data: () => data, refresh: async () => data, report: () => {},
    current: () => findInviteDialog(document), now: () => Date.parse('2026-03-01T12:00:00Z'),
  };
  // The composer's root is closed: the test keeps the root attachShadow hands out (a spy in the
  // test only, nothing the build keeps).
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  mountComposer(dialog, deps);
  const root = attach.mock.results.at(-1)!.value as ShadowRoot;
  return (name: string) => root.querySelector<HTMLElement>(`[data-part="${name}"]`);
}

/** What the browser does for real input alone: an event with isTrusted true. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const box = () => document.querySelector<HTMLTextAreaElement>('#custom-message')!;
const select = (part: (name: string) => HTMLElement | null, id: string) => {
  const el = part('template') as HTMLSelectElement;
  el.value = id;
  el.dispatchEvent(trusted(new Event('change', { bubbles: true })));
};

beforeEach(() => vi.stubGlobal('chrome', { i18n: { getMessage } }));
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test('a default the facts cannot fill gives way to one they can, and the composer says which and why', () => {
  const part = setup([needy, general], 'needy');
  expect((part('template') as HTMLSelectElement).value).toBe('general');
  expect(part('chosen-instead')?.textContent).toBe(
    'Using “Your work”: your default “Via a friend” would lose most of its text for lack of: A shared connection, Company, your name — not set in Settings.',
  );
  // Choosing the default by hand keeps it, and the left-out line names the fields in words.
  select(part, 'needy');
  expect(part('preview')?.textContent).toBe('Hi Lucía,');
  expect(part('chosen-instead')).toBeNull();
  expect(part('missing')?.textContent).toBe('Left out, no value here: A shared connection, Company, your name — not set in Settings');
});

test('Insert of a note under 40 characters asks first; the second press inserts', () => {
  const part = setup([tiny]);
  const insert = () => part('insert')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
  insert();
  expect(box().value).toBe('');
  expect(part('short-warning')?.textContent).toMatch(/^This note is only 26 characters/);
  expect(part('insert')?.textContent).toBe('Insert anyway');
  insert();
  expect(box().value).toBe('Hi Lucía, glad to connect!');
  expect(part('short-warning')).toBeNull();
});

test('Alt+Shift+I asks the same question before a short note goes in', () => {
  setup([tiny]);
  const press = () => box().dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'I', code: 'KeyI', altKey: true, shiftKey: true, bubbles: true })));
  press();
  expect(box().value).toBe('');
  press();
  expect(box().value).toBe('Hi Lucía, glad to connect!');
});

test('a note of 40 characters or more goes in at once', () => {
  const part = setup([general]);
  part('insert')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
  expect(box().value).toMatch(/^Hi Lucía, your work on data platforms/);
});
