// LinkedIn's message box (LINKEDIN.md §14): the compose editor of an open conversation, in the
// overlay bubble (era C: the app's #msg-overlay aside; era D: #interop-outlet's shadow root) or on
// the /messaging/thread/<id>/ page. Recognised by structure and meaning, never by one class or by
// English text: a contenteditable [role=textbox] (two signals), the submit control of its form, and
// the conversation's header link to the other person's /in/ profile. No capture of the 2026 composer
// exists, so nothing here needs a msg- class; those classes only add preference where present.
// Proved by tests/fixtures/sim (messaging-2024/2026, the overlay on profile-2024/2026) and the
// constructed dialog-stage2-textbox.html (an invite note box that must not count).
// Nothing in the conversation's message list is read: the recipient comes from the header, and the
// only text read is the editor's (what the person types there).
import { normalizeSlug, profileKey } from '../core/profile-key';
import { invitee, type Invitee } from './invitee';
import { clickedControl, dialogScopes, isDisabledControl, type Scope } from './dom';
import { isMessageControlLabel } from './i18n';
import { cleanName, cleanText } from './text';

export { MESSAGE_LIMIT, readMessageText } from './message-text';

export interface MessageBox {
  /** The conversation (bubble or thread) holding the editor; its identity tells one box from the next. */
  root: Element;
  editor: HTMLElement;
  /** LinkedIn's own Send (a submit control); Rapport never presses it. */
  send: HTMLElement;
  recipient: Invitee;
  surface: 'overlay' | 'thread';
}

// Two independent signals for the editor: editable content and the textbox role.
export const EDITOR = '[contenteditable]:not([contenteditable="false"])';
/** What an added subtree must hold to be worth a look for a message box (message-hint.ts). */
export const MESSAGE_EDITOR_HINT = '[contenteditable]';
export const IS_TEXTBOX = '[role="textbox"], .msg-form__contenteditable';
/** Send: the form's submit control; LinkedIn's own class where it is still there. */
export const SEND = 'button[type="submit"], .msg-form__send-button';
/** A menu trigger beside Send ("Open send options") is never Send itself. */
export const NOT_SEND = '[aria-haspopup]:not([aria-haspopup="false"])';
/** The message list: profile links inside it belong to messages (often your own), never read. */
export const LISTS = 'ul, ol, [role="list"], [role="listitem"], [role="log"]';
export const PROFILE_LINK = 'a[href*="/in/"]';
export const HEADING = 'h1, h2, h3, h4, [role="heading"]';
/** How far above the form a conversation's header may be (bubble → header, thread → title bar). */
const MAX_LEVELS = 6;
export const OVERLAY = '[role="dialog"], .msg-overlay-conversation-bubble, #msg-overlay, aside';

/** Every message box Rapport recognises under `root` and in the open shadow roots LinkedIn's dialogs use (dom.ts). */
export function findMessageBoxes(root: Scope): MessageBox[] {
  const boxes: MessageBox[] = [];
  try {
    for (const scope of dialogScopes(root)) {
      for (const editor of Array.from(scope.querySelectorAll<HTMLElement>(EDITOR))) {
        const box = readMessageBox(editor);
        if (box && !boxes.some((b) => b.root === box.root)) boxes.push(box);
      }
    }
  } catch {
    // Unknown markup: no box rather than an exception in the page's observer.
  }
  return boxes;
}

/** The message box around one editor, or null when any part (editor, Send, recipient) is missing. */
export function readMessageBox(editor: HTMLElement): MessageBox | null {
  if (!editor.matches(IS_TEXTBOX) || editor.closest(LISTS)) return null;
  const form = editor.closest('form');
  const send = form ? sendIn(form) : null;
  if (!form || !send) return null;
  const header = recipientAbove(form);
  if (!header) return null;
  const surface = header.root.closest(OVERLAY) || isInShadowRoot(header.root) ? 'overlay' : 'thread';
  return { root: header.root, editor, send, recipient: header.recipient, surface };
}

function sendIn(form: Element): HTMLElement | null {
  const candidates = Array.from(form.querySelectorAll<HTMLElement>(SEND)).filter((b) => !b.matches(NOT_SEND));
  return candidates.length === 1 ? candidates[0]! : null;
}

/** The nearest ancestor of the form whose own header (outside the form and lists) links to one /in/ profile. */
function recipientAbove(form: Element): { root: Element; recipient: Invitee } | null {
  let node: Element | null = form.parentElement;
  for (let level = 0; node && level < MAX_LEVELS; level += 1, node = node.parentElement) {
    if (node.matches('body, main, [role="main"]')) return null;
    const links = Array.from(node.querySelectorAll<HTMLAnchorElement>(PROFILE_LINK)).filter((a) => !form.contains(a) && !a.closest(LISTS));
    const keys = new Set(links.map((a) => profileKey(a.getAttribute('href') ?? '')).filter(Boolean));
    if (keys.size > 1) return null; // two people in the header: not a one-to-one conversation
    const link = links[0];
    const vanity = link ? profileKey(link.getAttribute('href') ?? '') : null;
    if (link && vanity) return { root: node, recipient: invitee(nameOf(link), normalizeSlug(vanity)) };
  }
  return null;
}

function nameOf(link: Element): string | null {
  const heading = link.matches(HEADING) ? link : link.querySelector(HEADING) ?? link.closest(HEADING);
  return cleanName(cleanText(heading ?? link)) ?? cleanName(link.getAttribute('aria-label'));
}

function isInShadowRoot(el: Element): boolean {
  const root = el.getRootNode() as Node & { host?: Element };
  return root.nodeType === 11 && !!root.host;
}

/** Era C's messaging overlay, the container the app keeps for its bubbles and inbox list. */
export const OVERLAY_CONTAINER = '#msg-overlay, .msg-overlay-container, .msg-overlay-list-bubble';
/** Era D's Message link (/messaging/compose/?…) and the nav's Messaging both lead into /messaging/. */
export const MESSAGING_LINK = 'a[href*="/messaging/"]';
/** Longer than any "Message <first name>" control's text: a card or a paragraph is no control. */
const MAX_CONTROL_TEXT = 80;

/**
 * Whether the person's click on `target` may open a conversation: a Message control (a link into
 * /messaging/, or "Message X" in the page's language) or anything inside the messaging overlay.
 * Clicks are rare, so this may look at a label; it never reads beyond the clicked control.
 */
export function opensConversation(target: Element): boolean {
  try {
    if (target.closest(OVERLAY_CONTAINER)) return true;
    const control = clickedControl(target);
    if (!control) return false;
    if (control.matches(MESSAGING_LINK) || isMessageControlLabel(control.getAttribute('aria-label'))) return true;
    const text = control.textContent ?? '';
    return text.length <= MAX_CONTROL_TEXT && isMessageControlLabel(text.replace(/\s+/g, ' '));
  } catch {
    return false;
  }
}

/** Whether LinkedIn's Send is enabled (its editor state has text). */
export const canSend = (box: MessageBox) => !isDisabledControl(box.send);
