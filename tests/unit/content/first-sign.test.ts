// Rapport's watch starts at the person's first sign on the page (pointer over it, a key, the
// wheel, a click), once, and hears that very event; a page script's events are no sign.
import { expect, test } from 'vitest';
import { onFirstSign } from '../../../src/content/first-sign';

const event = (type: string, trusted: boolean) => Object.defineProperty(new Event(type, { bubbles: true }), 'isTrusted', { value: trusted });

const SIGNS = ['pointerover', 'keydown', 'wheel', 'click'];

test.each(SIGNS)('a trusted %s starts it, once; later signs do nothing', (type) => {
  let starts = 0;
  onFirstSign(() => (starts += 1));
  document.body.dispatchEvent(event(type, true));
  expect(starts).toBe(1);
  for (const again of SIGNS) document.body.dispatchEvent(event(again, true));
  expect(starts).toBe(1);
});

test('a page script\u2019s events are no sign; nor is anything else the page does (a mutation, a scroll)', () => {
  let starts = 0;
  onFirstSign(() => (starts += 1));
  for (const type of SIGNS) document.body.dispatchEvent(event(type, false));
  document.body.append(document.createElement('div'));
  window.dispatchEvent(event('scroll', true));
  // A script's focus() makes a trusted focus event: no sign either.
  document.body.dispatchEvent(event('focusin', true));
  expect(starts).toBe(0);
  window.dispatchEvent(event('keydown', true));
  expect(starts).toBe(1);
});

test('the watch started at the sign hears that very event (a screen reader\u2019s bare click on Connect)', () => {
  const heard: string[] = [];
  onFirstSign(() => document.addEventListener('click', () => heard.push('click'), { capture: true }));
  document.body.dispatchEvent(event('click', true));
  expect(heard).toEqual(['click']);
});
