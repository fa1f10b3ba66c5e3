// The popup's keyboard: one table that both the key handler and the visible help line read, so
// the help can never promise a key that does nothing.
import type { InvitationStatus } from '../core/schemas';

/** A status the person can set from the queue ('pending' only comes back through undo). */
export type MarkStatus = Exclude<InvitationStatus, 'pending'>;
export type Mark = MarkStatus | 'followed-up';

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

/** Single-letter shortcuts, in the order the help line lists them; `help` is a message key. */
export const letterShortcuts: readonly { key: string; command: Command; help: string }[] = [
  { key: 'o', command: { kind: 'profile' }, help: 'popup_key_profile' },
  { key: 'c', command: { kind: 'copy' }, help: 'popup_key_copy' },
  { key: 'f', command: { kind: 'mark', mark: 'followed-up' }, help: 'popup_key_followed_up' },
  { key: 'a', command: { kind: 'mark', mark: 'accepted' }, help: 'popup_key_accepted' },
  { key: 'r', command: { kind: 'mark', mark: 'replied' }, help: 'popup_key_replied' },
  { key: 'd', command: { kind: 'mark', mark: 'declined' }, help: 'popup_key_declined' },
  { key: 'w', command: { kind: 'mark', mark: 'withdrawn' }, help: 'popup_key_withdrawn' },
  { key: 'u', command: { kind: 'undo' }, help: 'popup_key_undo' },
];

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
