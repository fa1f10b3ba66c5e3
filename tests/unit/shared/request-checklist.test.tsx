// The shared request checklist: an accessible list whose items say their state in words, that in
// the composer's closed root names nothing Rapport (data-part) and lets a missing part be picked
// only through the surface's guard (trusted events there).
import { render } from 'preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { requestChecklist } from '../../../src/core/coach';
import { RequestChecklist } from '../../../src/shared/ui/RequestChecklist';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const items = requestChecklist("Hi Ana, I'm reaching out because I'm exploring data tooling. Could we talk?", { context: { firstName: 'Ana' } });

test('a labelled list whose items carry their state in text, the mark hidden from screen readers', () => {
  render(<RequestChecklist items={items} label="Parts of a good request" name="checklist" />, root);
  const list = root.querySelector('ul')!;
  expect(list.getAttribute('aria-label')).toBe('Parts of a good request');
  expect(list.getAttribute('data-rapport')).toBe('checklist');
  const rows = [...list.querySelectorAll('li')];
  expect(rows.map((li) => li.getAttribute('data-present'))).toEqual(['true', 'true', 'false', 'false', 'false']);
  for (const li of rows) {
    expect(li.querySelector('.mark')?.getAttribute('aria-hidden')).toBe('true');
    expect(li.textContent).toMatch(li.getAttribute('data-present') === 'true' ? /: included$/ : /: missing$/);
  }
});

test('in a closed root: data-part only; nothing in it is a control', () => {
  render(<RequestChecklist items={items} label="Parts" attribute="data-part" name="checklist" />, root);
  expect(root.querySelector('[data-rapport]')).toBeNull();
  expect(root.querySelectorAll('[data-part="request-part"]')).toHaveLength(5);
  expect(root.querySelector('button')).toBeNull();
});

test('no items render nothing', () => {
  render(<RequestChecklist items={[]} label="Parts" />, root);
  expect(root.innerHTML).toBe('');
});
