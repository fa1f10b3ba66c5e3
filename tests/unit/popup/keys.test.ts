// The popup's keyboard table: each documented shortcut does what the help line says.
import { describe, expect, test } from 'vitest';
import { keyCommand, letterShortcuts } from '../../../src/popup/keys';

describe('keyCommand', () => {
  test('arrows, pages, Home/End and Enter drive the list', () => {
    expect(keyCommand({ key: 'ArrowDown' })).toEqual({ kind: 'move', by: 1 });
    expect(keyCommand({ key: 'ArrowUp' })).toEqual({ kind: 'move', by: -1 });
    expect(keyCommand({ key: 'PageDown' })).toEqual({ kind: 'move', by: 8 });
    expect(keyCommand({ key: 'Home' })).toEqual({ kind: 'first' });
    expect(keyCommand({ key: 'End' })).toEqual({ kind: 'last' });
    expect(keyCommand({ key: 'Enter' })).toEqual({ kind: 'actions' });
  });

  test('single letters mark, copy, open and undo; case does not matter', () => {
    expect(keyCommand({ key: 'r' })).toEqual({ kind: 'mark', mark: 'replied' });
    expect(keyCommand({ key: 'R' })).toEqual({ kind: 'mark', mark: 'replied' });
    expect(keyCommand({ key: 'f' })).toEqual({ kind: 'mark', mark: 'followed-up' });
    expect(keyCommand({ key: 'a' })).toEqual({ kind: 'mark', mark: 'accepted' });
    expect(keyCommand({ key: 'd' })).toEqual({ kind: 'mark', mark: 'declined' });
    expect(keyCommand({ key: 'w' })).toEqual({ kind: 'mark', mark: 'withdrawn' });
    expect(keyCommand({ key: 'u' })).toEqual({ kind: 'undo' });
    expect(keyCommand({ key: 'c' })).toEqual({ kind: 'copy' });
    expect(keyCommand({ key: 'o' })).toEqual({ kind: 'profile' });
  });

  test('modified presses and unknown keys are left to the browser', () => {
    expect(keyCommand({ key: 'c', ctrlKey: true })).toBeNull();
    expect(keyCommand({ key: 'r', metaKey: true })).toBeNull();
    expect(keyCommand({ key: 'w', altKey: true })).toBeNull();
    expect(keyCommand({ key: 'x' })).toBeNull();
    expect(keyCommand({ key: 'Tab' })).toBeNull();
    expect(keyCommand({ key: 'F5' })).toBeNull();
  });

  test('every shortcut in the help line is a distinct single letter that maps to its command', () => {
    const keys = letterShortcuts.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of letterShortcuts) {
      expect(s.key).toMatch(/^[a-z]$/);
      expect(keyCommand({ key: s.key })).toEqual(s.command);
      expect(s.help).toMatch(/^popup_key_/);
    }
  });
});
