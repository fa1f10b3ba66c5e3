// The popup's keyboard: one table that both the key handler and the visible help line read, so
// the help can never promise a key that does nothing.
import type { InvitationStatus } from '../core/schemas';

/** A status the person can set from the queue ('pending' only comes back through undo). */
export type MarkStatus = Exclude<InvitationStatus, 'pending'>;
/** After acceptance (issue #21): the request for a conversation sent, a meeting held, given up. */
export type ConversationOnlyMark = 'request-sent' | 'met' | 'closed';
export type Mark = MarkStatus | 'followed-up' | ConversationOnlyMark;
/** Invitation rows (due, waiting, stale) and conversation rows (ask, request-due, no-reply) take different marks. */
export type RowKind = 'invitation' | 'conversation';

export type Command =
  | { kind: 'move'; by: number }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'actions' }
  | { kind: 'profile' }
  | { kind: 'copy' }
  | { kind: 'mark'; mark: Mark }
  | { kind: 'undo' };

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * Single-letter shortcuts, in the order the help line lists them; `help` is a message key. `rows`
 * names the only kind of row a shortcut acts on (absent: both), so the help line shows for the
 * active row exactly the keys that do something there.
 */
export const letterShortcuts: readonly { key: string; command: Command; help: string; rows?: RowKind }[] = [
  { key: 'o', command: { kind: 'profile' }, help: 'popup_key_profile' },
  { key: 'c', command: { kind: 'copy' }, help: 'popup_key_copy' },
  { key: 's', command: { kind: 'mark', mark: 'request-sent' }, help: 'popup_key_request_sent', rows: 'conversation' },
  { key: 'f', command: { kind: 'mark', mark: 'followed-up' }, help: 'popup_key_followed_up' },
  { key: 'a', command: { kind: 'mark', mark: 'accepted' }, help: 'popup_key_accepted', rows: 'invitation' },
  { key: 'r', command: { kind: 'mark', mark: 'replied' }, help: 'popup_key_replied' },
  { key: 'm', command: { kind: 'mark', mark: 'met' }, help: 'popup_key_met', rows: 'conversation' },
  { key: 'n', command: { kind: 'mark', mark: 'closed' }, help: 'popup_key_closed', rows: 'conversation' },
  { key: 'd', command: { kind: 'mark', mark: 'declined' }, help: 'popup_key_declined', rows: 'invitation' },
  { key: 'w', command: { kind: 'mark', mark: 'withdrawn' }, help: 'popup_key_withdrawn', rows: 'invitation' },
  { key: 'u', command: { kind: 'undo' }, help: 'popup_key_undo' },
];

/** The shortcuts that act on a row of this kind (the help line's list). */
export function shortcutsFor(kind: RowKind) {
  return letterShortcuts.filter((s) => !s.rows || s.rows === kind);
}

const PAGE = 8;
const namedKeys: Record<string, Command> = {
  ArrowDown: { kind: 'move', by: 1 },
  ArrowUp: { kind: 'move', by: -1 },
  j: { kind: 'move', by: 1 },
  k: { kind: 'move', by: -1 },
  PageDown: { kind: 'move', by: PAGE },
  PageUp: { kind: 'move', by: -PAGE },
  Home: { kind: 'first' },
  End: { kind: 'last' },
  Enter: { kind: 'actions' },
};

/**
 * The command for a key press in the list, or null to let the browser have it. Presses with
 * Ctrl, Cmd or Alt are never ours (Ctrl+C must still copy selected text); Shift is ignored so
 * Caps Lock does not switch the shortcuts off.
 */
export function keyCommand(event: KeyLike): Command | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const named = namedKeys[event.key];
  if (named) return named;
  if (event.key.length !== 1) return null;
  const letter = event.key.toLowerCase();
  return letterShortcuts.find((s) => s.key === letter)?.command ?? null;
}
