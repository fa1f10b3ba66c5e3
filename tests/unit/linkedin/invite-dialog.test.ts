// The invite dialog: the 2026 shadow-root mount, a step change in place, the limit rules, the
// excerpts, and the structural fallbacks when labels are in a language we do not list.
import { describe, expect, test, vi } from 'vitest';
import { findConnectControls, findInviteDialog, inviteeFromControl } from '../../../src/linkedin';
import { createDialogWatch } from '../../../src/composer/dialog-watch';
import { loadPage, must } from './fixtures';

/** A 2026 profile page with the stage-1 modal mounted in div#interop-outlet's open shadow root. */
function profileWithShadowDialog(dialogFile = 'constructed/dialog-stage1.html') {
  const doc = loadPage('constructed/2026-profile-connect-primary.html');
  const host = must(doc, 'div#interop-outlet[data-testid="interop-shadowdom"]');
  const shadow = host.attachShadow({ mode: 'open' });
  const overlay = must(loadPage(dialogFile), '[data-test-modal-id="send-invite-modal"]');
  shadow.append(doc.importNode(overlay, true));
  const opener = inviteeFromControl(findConnectControls(doc)[0]!.element);
  return { doc, shadow, opener };
}

/** Replaces the dialog's content with step 2's, keeping the dialog element (LinkedIn re-renders in place). */
function moveToNoteStep(dialogRoot: Element, noteStepFile = 'constructed/dialog-stage2-free.html') {
  const step2 = must(loadPage(noteStepFile), '[role="dialog"]');
  dialogRoot.replaceChildren(...Array.from(step2.childNodes).map((n) => dialogRoot.ownerDocument.importNode(n, true)));
}

describe('2026: the dialog inside the open shadow root of div#interop-outlet', () => {
  test('is invisible to document.querySelector but found by findInviteDialog', () => {
    const { doc, opener } = profileWithShadowDialog();
    expect(doc.querySelector('.send-invite')).toBeNull();
    const dialog = findInviteDialog(doc, { openedBy: opener })!;
    expect(dialog.stage).toBe('add-note-prompt');
    expect(dialog.inShadowRoot).toBe(true);
    expect(dialog.invitee).toEqual({ name: 'Lena Okafor', vanity: 'lena-okafor-a1b2', profileUrl: 'https://www.linkedin.com/in/lena-okafor-a1b2/' });
    expect(dialog.addNoteButton?.getAttribute('aria-label')).toBe('Add a note');
    expect(dialog.sendWithoutNoteButton?.getAttribute('aria-label')).toBe('Send without a note');
  });

  test('searching the shadow root itself works too', () => {
    const { shadow } = profileWithShadowDialog();
    expect(findInviteDialog(shadow)?.stage).toBe('add-note-prompt');
  });

  test('step 1 → step 2 in place: same root, new stage, limit 200 from the counter, quota 5', () => {
    const { doc, opener } = profileWithShadowDialog();
    const step1 = findInviteDialog(doc, { openedBy: opener })!;
    moveToNoteStep(step1.root);
    const step2 = findInviteDialog(doc, { openedBy: opener })!;
    expect(step2.root).toBe(step1.root);
    expect(step2.stage).toBe('note');
    expect(step2.noteBox?.id).toBe('custom-message');
    expect(step2.noteLimit).toBe(200);
    expect(step2.freeInvitesRemaining).toBe(5);
    expect(step2.sendButton?.hasAttribute('disabled')).toBe(true);
    expect(step2.addNoteButton).toBeNull();
    // Step 2 no longer names the person: the opener still does.
    expect(step2.invitee?.vanity).toBe('lena-okafor-a1b2');
  });

  test('the content script\'s dialog watch remounts on the step change and unmounts on close', () => {
    const { doc, opener } = profileWithShadowDialog();
    const unmount = vi.fn();
    const mount = vi.fn(() => ({ unmount, isConnected: () => true }));
    const watch = createDialogWatch(() => findInviteDialog(doc, { openedBy: opener }), mount);
    watch.scan();
    watch.scan();
    expect(mount).toHaveBeenCalledTimes(1);
    moveToNoteStep(findInviteDialog(doc)!.root);
    watch.scan();
    expect(mount).toHaveBeenCalledTimes(2);
    findInviteDialog(doc)!.root.closest('[data-test-modal-id]')!.remove();
    watch.scan();
    expect(unmount).toHaveBeenCalledTimes(2);
  });
});

describe('the note limit', () => {
  test('free account: counter 0/200 wins over the hidden label that says 300', () => {
    const doc = loadPage('constructed/dialog-stage2-free.html');
    expect(doc.querySelector('label[for="custom-message"]')?.textContent).toContain('300');
    expect(findInviteDialog(doc)?.noteLimit).toBe(200);
  });

  test('the counter keeps its limit while the person types', () => {
    const doc = loadPage('constructed/dialog-stage2-free.html');
    must(doc, 'span[aria-live="polite"]').textContent = '57 / 200';
    expect(findInviteDialog(doc)?.noteLimit).toBe(200);
  });

  test('maxlength (2017-18 markup) is read when present', () => {
    const doc = loadPage('constructed/dialog-stage2-free.html');
    must(doc, 'textarea#custom-message').setAttribute('maxlength', '300');
    must(doc, 'span[aria-live="polite"]').remove();
    expect(findInviteDialog(doc)?.noteLimit).toBe(300);
  });

  test('unknown (no maxlength, no counter) is null, never the label\'s 300', () => {
    const doc = loadPage('constructed/dialog-stage2-free.html');
    must(doc, 'span[aria-live="polite"]').remove();
    expect(findInviteDialog(doc)?.noteLimit).toBeNull();
  });

  test('the quota line is read by its number, whatever the language', () => {
    const doc = loadPage('constructed/dialog-stage2-free.html');
    must(doc, '.connect-button-send-invite__premium-upsell-message').textContent = 'Il vous reste 2 invitations personnalisées ce mois-ci.';
    expect(findInviteDialog(doc)?.freeInvitesRemaining).toBe(2);
  });
});

describe('other dialogs', () => {
  test('quota used up: a native dialog with a Premium link', () => {
    const dialog = findInviteDialog(loadPage('constructed/dialog-quota-upsell.html'))!;
    expect(dialog.root.tagName).toBe('DIALOG');
    expect(dialog.stage).toBe('quota-upsell');
    expect(dialog.noteBox).toBeNull();
  });

  test('weekly limit, as a modal and as an error toast', () => {
    expect(findInviteDialog(loadPage('constructed/dialog-weekly-limit.html'))?.stage).toBe('weekly-limit');
    const doc = loadPage('constructed/dialog-stage1.html');
    must(doc, '#artdeco-modal-outlet').remove();
    const toast = doc.createElement('div');
    toast.setAttribute('data-test-artdeco-toast-item-type', 'error');
    toast.textContent = 'You’ve reached the weekly invitation limit';
    doc.body.append(toast);
    expect(findInviteDialog(doc)).toMatchObject({ stage: 'weekly-limit', root: toast });
  });

  test('e-mail gate: Add a note stays usable, Send without a note is aria-disabled', () => {
    const dialog = findInviteDialog(loadPage('constructed/dialog-email-gate.html'))!;
    expect(dialog.stage).toBe('email-gate');
    expect(dialog.addNoteButton?.getAttribute('aria-disabled')).toBeNull();
    expect(dialog.sendWithoutNoteButton?.getAttribute('aria-disabled')).toBe('true');
  });

  test('a closed native dialog and unrelated dialogs are not the invite dialog', () => {
    const doc = loadPage('constructed/dialog-email-gate.html');
    must(doc, 'dialog').removeAttribute('open');
    const unrelated = doc.createElement('div');
    unrelated.setAttribute('role', 'dialog');
    unrelated.textContent = 'Share this post';
    doc.body.append(unrelated);
    expect(findInviteDialog(doc)).toBeNull();
  });
});

describe('look-alike dialogs elsewhere on LinkedIn are not the invite dialog', () => {
  const pageWith = (build: (doc: Document) => Element) => {
    const doc = loadPage('constructed/2026-profile-connect-primary.html');
    doc.body.append(build(doc));
    return doc;
  };
  const el = (doc: Document, tag: string, attrs: Record<string, string>, ...children: Array<Node | string>) => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    node.append(...children);
    return node;
  };

  test('the messaging overlay, whose composer is a [role=textbox]', () => {
    const doc = pageWith((d) => el(d, 'div', { role: 'dialog', 'aria-label': 'Messaging' }, el(d, 'div', { role: 'textbox', contenteditable: 'true' }), el(d, 'button', { class: 'artdeco-button--primary' }, 'Send')));
    expect(findInviteDialog(doc)).toBeNull();
  });

  test('an artdeco confirmation with two action-bar buttons', () => {
    const doc = pageWith((d) => el(d, 'div', { role: 'dialog', class: 'artdeco-modal' },
      el(d, 'h2', {}, 'Withdraw invitation'),
      el(d, 'div', { class: 'artdeco-modal__actionbar' }, el(d, 'button', { class: 'artdeco-button--secondary' }, 'Cancel'), el(d, 'button', { class: 'artdeco-button--primary' }, 'Withdraw'))));
    expect(findInviteDialog(doc)).toBeNull();
  });

  test('a native dialog asking for an e-mail address for something else', () => {
    const doc = pageWith((d) => el(d, 'dialog', { open: '' }, el(d, 'h2', {}, 'Share via e-mail'), el(d, 'input', { type: 'email' }), el(d, 'button', {}, 'Share')));
    expect(findInviteDialog(doc)).toBeNull();
  });
});

describe('the saved excerpts', () => {
  test('2024: loose step-2 fragments — the textarea, a disabled Send, no limit shown', () => {
    const doc = loadPage('2024-invite-dialog-note-step.excerpt.html');
    const opener = inviteeFromControl(must(doc, 'button[aria-label^="Invite"]'));
    const dialog = findInviteDialog(doc, { openedBy: opener })!;
    expect(dialog.stage).toBe('note');
    expect(dialog.noteBox?.id).toBe('custom-message');
    expect(dialog.noteLimit).toBeNull(); // no maxlength, no counter in the paste
    expect(dialog.sendButton?.getAttribute('aria-label')).toBe('Send invitation');
    expect(dialog.sendButton?.hasAttribute('disabled')).toBe(true);
    expect(dialog.invitee).toEqual({ name: 'Renata Falcão', vanity: null, profileUrl: null });
  });

  test('2026: step 1 in #artdeco-modal-outlet names the person; the More-menu item gives the slug', () => {
    const doc = loadPage('2026-more-menu-and-invite-dialog-first-step.excerpt.html');
    const opener = inviteeFromControl(must(doc, 'a[role="menuitem"]'));
    const dialog = findInviteDialog(doc, { openedBy: opener })!;
    expect(dialog.stage).toBe('add-note-prompt');
    expect(dialog.title).toBe('Add a note to your invitation?');
    expect(dialog.invitee).toEqual({ name: 'Graham Whitlock', vanity: 'grahamwhitlock', profileUrl: 'https://www.linkedin.com/in/grahamwhitlock/' });
    expect(dialog.sendButton).toBeNull();
  });
});

describe('labels in a language the tables do not list: structure still decides', () => {
  const relabel = (doc: Document, labels: Record<string, string>) => {
    for (const button of Array.from(doc.querySelectorAll('button[aria-label]'))) {
      const next = labels[button.getAttribute('aria-label')!];
      if (next) {
        button.setAttribute('aria-label', next);
        button.textContent = next;
      }
    }
    must(doc, 'h2').textContent = 'Aggiungere una nota al tuo invito?';
  };

  test('step 1: secondary = Add a note, primary = Send without a note', () => {
    const doc = loadPage('constructed/dialog-stage1.html');
    relabel(doc, { 'Add a note': 'Aggiungi una nota', 'Send without a note': 'Invia senza nota', Dismiss: 'Chiudi' });
    const dialog = findInviteDialog(doc)!;
    expect(dialog.stage).toBe('add-note-prompt');
    expect(dialog.addNoteButton?.getAttribute('aria-label')).toBe('Aggiungi una nota');
    expect(dialog.sendWithoutNoteButton?.getAttribute('aria-label')).toBe('Invia senza nota');
  });

  test('step 2: the action bar\'s primary button is Send', () => {
    const doc = loadPage('constructed/dialog-stage2-free.html');
    relabel(doc, { 'Send invitation': 'Invia invito', 'Cancel adding a note': 'Annulla' });
    expect(findInviteDialog(doc)?.sendButton?.getAttribute('aria-label')).toBe('Invia invito');
  });
});
