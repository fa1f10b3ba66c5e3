// The hand-built LinkedIn dialogs (the documented 2024 markup) and the set-up the composer-mount
// tests share: mountComposer read by the real reader, the closed roots it attaches, trusted input.
import { afterEach, beforeEach, vi } from 'vitest';
import { findInviteDialog } from '../../../src/linkedin';
import { invitee } from '../../../src/linkedin/invitee';
import { mountComposer, type ComposerDeps, type InvitationSent } from '../../../src/composer/mount';
import { fallbackSettings, type ComposerData } from '../../../src/composer/data';
import type { Template } from '../../../src/core/schemas';

export const step1 = (name: string) => `
  <div data-test-modal-id="send-invite-modal"><div role="dialog" class="artdeco-modal send-invite" aria-labelledby="send-invite-modal">
    <button aria-label="Dismiss">×</button>
    <div class="artdeco-modal__header"><h2 id="send-invite-modal">Add a note to your invitation?</h2></div>
    <div class="artdeco-modal__content"><p>Personalize your invitation to <strong>${name}</strong> by adding a note.</p></div>
    <div class="artdeco-modal__actionbar">
      <button aria-label="Add a note" class="artdeco-button artdeco-button--secondary">Add a note</button>
      <button aria-label="Send without a note" class="artdeco-button artdeco-button--primary">Send without a note</button>
    </div></div></div>`;

export const step2 = (limit: number) => `
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

export const templates: Template[] = [
  { id: 'a', name: 'First', body: 'Hi {{firstName}}, I saw your work at {{company|your team}} and would like to connect.', kind: 'invitation' },
  { id: 'b', name: 'Second', body: 'Hello {{fullName}}, I am exploring {{myInterest|your field}} too.', kind: 'invitation' },
];

export const data = (over: Partial<ComposerData> = {}): ComposerData => ({
  templates, settings: { ...fallbackSettings }, guard: null, guardFor: null, ...over,
});

export function setup(markup: string, options: { data?: ComposerData; fresh?: ComposerData; name?: string; painted?: boolean } = {}) {
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
export const shadowRoots: ShadowRoot[] = [];
export const lastShadowRoot = () => shadowRoots.at(-1) ?? null;

/** What the browser does for real input alone: an event with isTrusted true. */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
/** A person's click (a script's `.click()` is not trusted and does nothing in the composer). */
export const press = (el: Element) => el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
export const sendButton = () => document.querySelector<HTMLButtonElement>('button[aria-label="Send invitation"]')!;

export const box = () => document.querySelector<HTMLTextAreaElement>('#custom-message')!;
export const typeInBox = (text: string) => {
  box().value = text;
  box().dispatchEvent(new Event('input', { bubbles: true }));
};

/** Registers the per-test set-up: no extension API, the attached roots kept, a clean page after. */
export function useMountPage(): void {
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
}
