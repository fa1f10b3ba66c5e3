// The notice that says what Rapport could not record: one line per report, text only, and a
// Dismiss that only the person's own click works. The shadow host is replaced by a plain element
// here (its own tests cover it), so the notice's content can be read whatever the root's mode.
import { afterEach, expect, test, vi } from 'vitest';
import { createNotice, type NoticeText } from '../../../src/composer/outbox-notice';

vi.mock('../../../src/composer/shadow-host', () => import('./plain-shadow-host'));

const WORDS = { waiting: 'Still trying', 'cut-off': 'Cut off', refused: 'Refused' };
const text: NoticeText = (key, what) => (key === 'dismiss' ? 'Dismiss' : `${WORDS[key]}: ${what}.`);

function click(el: Element, trusted: boolean): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  el.dispatchEvent(event);
}

afterEach(() => {
  document.body.replaceChildren();
});

test('one line per report, as text; a new list replaces the old; an empty one removes the notice', () => {
  document.body.innerHTML = '<main></main>';
  const notice = createNotice(document, text, () => undefined);
  notice.show([{ what: 'your invitation to <b>Ana</b>', why: 'waiting' }, { what: 'B', why: 'cut-off' }]);
  const box = () => document.querySelector('section div');
  expect([...box()!.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Still trying: your invitation to <b>Ana</b>.', 'Cut off: B.']);
  expect(box()!.querySelector('b')).toBeNull();
  expect(box()!.getAttribute('role')).toBe('alert');
  notice.show([{ what: 'C', why: 'refused' }]);
  expect(document.querySelectorAll('section')).toHaveLength(1);
  expect(box()!.querySelector('p')!.textContent).toBe('Refused: C.');
  notice.show([]);
  expect(document.querySelector('section')).toBeNull();
});

test('Dismiss works for the person\'s click only', () => {
  document.body.innerHTML = '<main></main>';
  const dismissed = vi.fn();
  const notice = createNotice(document, text, dismissed);
  notice.show([{ what: 'A', why: 'cut-off' }]);
  const button = document.querySelector('section button')!;
  click(button, false);
  expect(document.querySelector('section')).not.toBeNull();
  expect(dismissed).not.toHaveBeenCalled();
  click(button, true);
  expect(document.querySelector('section')).toBeNull();
  expect(dismissed).toHaveBeenCalledOnce();
});
