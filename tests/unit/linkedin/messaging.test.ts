// @vitest-environment-options {"url": "https://www.linkedin.com/"}
// The message-box reader (src/linkedin/messaging.ts) on the simulator's messaging pages of eras C
// and D (the overlay bubble a profile's Message opens, and the /messaging/thread/ page), and on
// boxes it must not take for a message box.
import { describe, expect, test } from 'vitest';
import { findMessageBoxes, findInviteDialog, opensConversation, readMessageText } from '../../../src/linkedin';
import { loadSim, openBubble } from './sim-dom';
import { loadPage } from './fixtures';

const who = (slug: string, name: string) => ({ name, vanity: slug, profileUrl: `https://www.linkedin.com/in/${slug}/` });

describe.each([
  { page: 'profile-2024', slug: 'daniel-okafor', name: 'Daniel Okafor', inShadow: false },
  { page: 'profile-2026', slug: 'lucia-ferrer', name: 'Lucía Ferrer', inShadow: true },
] as const)('the overlay bubble on $page', ({ page, slug, name, inShadow }) => {
  test('is a message box with the recipient from its header, not from the messages', () => {
    const doc = loadSim(page);
    expect(findMessageBoxes(doc)).toEqual([]);
    openBubble(slug);
    const boxes = findMessageBoxes(doc);
    expect(boxes).toHaveLength(1);
    const box = boxes[0]!;
    expect(box.recipient).toMatchObject(who(slug, name));
    expect(box.surface).toBe('overlay');
    expect(box.editor.getAttribute('contenteditable')).toBe('true');
    expect(box.send.textContent).toBe('Send');
    expect(box.root.getRootNode() instanceof ShadowRoot).toBe(inShadow);
    // The bubble is no invite dialog, even where it is a [role=dialog].
    expect(findInviteDialog(doc)).toBeNull();
  });
});

describe.each([
  { page: 'messaging-2024', slug: 'daniel-okafor', name: 'Daniel Okafor' },
  { page: 'messaging-2026', slug: 'lucia-ferrer', name: 'Lucía Ferrer' },
] as const)('the thread page $page', ({ page, slug, name }) => {
  test('is a message box for the person of the thread', () => {
    const boxes = findMessageBoxes(loadSim(page));
    expect(boxes.map((b) => [b.recipient, b.surface])).toEqual([[expect.objectContaining(who(slug, name)), 'thread']]);
  });
  test('another conversation names its own person', () => {
    const boxes = findMessageBoxes(loadSim(page, { with: page === 'messaging-2024' ? 'ines-carvalho' : 'kenji-watanabe-7' }));
    expect(boxes[0]?.recipient.name).toBe(page === 'messaging-2024' ? 'Ines Carvalho' : 'Kenji Watanabe');
  });
});

describe('what is not a message box', () => {
  test("the 2026 invite dialog's note textbox (no form, no submit, no profile header)", () => {
    expect(findMessageBoxes(loadPage('constructed/dialog-stage2-textbox.html'))).toEqual([]);
  });

  const drifted: Array<[string, (doc: Document) => void]> = [
    ['the editor lost its textbox role and LinkedIn class', (d) => {
      const editor = d.querySelector('[contenteditable]')!;
      editor.removeAttribute('role');
      editor.classList.remove('msg-form__contenteditable');
    }],
    ['Send is no submit control nor has its class any more', (d) => {
      const send = d.querySelector('button[type="submit"]')!;
      send.setAttribute('type', 'button');
      send.classList.remove('msg-form__send-button');
    }],
    ['the header no longer links to a profile', (d) => d.querySelector('.sim-bubble-who')!.removeAttribute('href')],
    ['the editor is no longer in a form', (d) => {
      const form = d.querySelector('form')!;
      form.replaceWith(...Array.from(form.childNodes));
    }],
    ['the header links to two people (a group conversation)', (d) => d.querySelector('.sim-bubble-head')!.append(Object.assign(d.createElement('a'), { href: '/in/someone-else/', textContent: 'x' }))],
    ['the editor is switched off', (d) => d.querySelector('[contenteditable]')!.setAttribute('contenteditable', 'false')],
  ];
  test.each(drifted)('%s → null', (_what, drift) => {
    const doc = loadSim('messaging-2024');
    expect(findMessageBoxes(doc)).toHaveLength(1);
    drift(doc);
    expect(findMessageBoxes(doc)).toEqual([]);
  });

  test('one signal lost of two is still enough (era C keeps its classes)', () => {
    const doc = loadSim('messaging-2024');
    doc.querySelector('[contenteditable]')!.removeAttribute('role');
    doc.querySelector('button[type="submit"]')!.setAttribute('type', 'button');
    expect(findMessageBoxes(doc)[0]?.recipient.name).toBe('Daniel Okafor');
  });

  test('a profile link inside the message list is never taken for the recipient', () => {
    const doc = loadSim('messaging-2026');
    doc.querySelector('.sim-bubble-who')!.removeAttribute('href');
    // Only the messages (the other person's and your own) still link to profiles.
    expect(doc.querySelectorAll('[role="list"] a[href*="/in/"]').length).toBeGreaterThan(0);
    expect(findMessageBoxes(doc)).toEqual([]);
  });
});

describe('readMessageText', () => {
  const editor = (html: string) => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.innerHTML = html; // a test's own fixed markup
    return el;
  };
  test.each([
    ['<p><br></p>', ''],
    ['<p>Hi Lucía,</p><p>could we talk?</p>', 'Hi Lucía,\ncould we talk?'],
    ['Hi<br>there', 'Hi\nthere'],
    ['<p>a &lt;img&gt; b</p>', 'a <img> b'],
  ])('%s → %j', (html, text) => expect(readMessageText(editor(html))).toBe(text));
});

describe('opensConversation (a click that may open a conversation, content/message-box/opener.ts)', () => {
  test.each(['profile-2024', 'profile-2026'] as const)('the Message control on %s, and a click inside the overlay, do; Connect and the card do not', (page) => {
    const doc = loadSim(page);
    const message = doc.querySelector('main button[aria-label^="Message "], main a[href^="/messaging/compose/"]')!;
    expect(opensConversation(message)).toBe(true);
    expect(opensConversation(message.querySelector('span, svg') ?? message)).toBe(true);
    expect(opensConversation(doc.querySelector('main [aria-label^="Invite "]')!)).toBe(false);
    expect(opensConversation(doc.querySelector('main')!)).toBe(false);
    const overlay = doc.getElementById('msg-overlay');
    if (overlay) expect(opensConversation(overlay)).toBe(true);
  });
  test('labels and texts in the page\'s language; a long text is no control', () => {
    const control = (label: string | null, text: string) => {
      const b = document.createElement('button');
      if (label) b.setAttribute('aria-label', label);
      b.textContent = text;
      return b;
    };
    expect(opensConversation(control('Nachricht an Jonas', ''))).toBe(true);
    expect(opensConversation(control(null, ' Message '))).toBe(true);
    expect(opensConversation(control(null, 'Envoyer un message'))).toBe(true);
    expect(opensConversation(control(null, `Message ${'x'.repeat(100)}`))).toBe(false);
    expect(opensConversation(control('More actions', 'More'))).toBe(false);
    const disabled = control('Message Jonas', '');
    disabled.setAttribute('disabled', '');
    expect(opensConversation(disabled)).toBe(false);
  });
});
