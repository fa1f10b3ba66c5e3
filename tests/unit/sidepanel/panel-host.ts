// Where the side panel's component tests render it: a host element added before each test and
// emptied and removed after it (with fake timers when the test polls), and typing the way a
// person's input event arrives.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';

/** The host of the current test (`panel.el`); `fakeTimers` for tests that advance the panel's poll. */
export function panelHost({ fakeTimers = false } = {}): { readonly el: HTMLElement } {
  let el: HTMLElement | null = null;
  beforeEach(() => {
    if (fakeTimers) vi.useFakeTimers();
    el = document.createElement('div');
    document.body.append(el);
  });
  afterEach(() => {
    act(() => render(null, el!));
    el!.remove();
    if (fakeTimers) vi.useRealTimers();
  });
  return { get el() { return el!; } };
}

export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  field.value = text;
  act(() => { field.dispatchEvent(new Event('input', { bubbles: true })); });
}
