// The list in a DOM: 10,000 rows become a handful of nodes, scrolling swaps them, and the
// active row is exposed to assistive technology.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { layoutSections } from '../../../src/popup/layout';
import { VirtualList, type VirtualListProps } from '../../../src/popup/VirtualList';

type Key = 'due' | 'waiting' | 'stale';
const layout = layoutSections<Key>([{ key: 'due', count: 4000 }, { key: 'waiting', count: 3000 }, { key: 'stale', count: 3000 }], 64, 30);
let host: HTMLElement;

function mount(overrides: Partial<VirtualListProps<Key>> = {}) {
  host = document.createElement('div');
  document.body.append(host);
  const props: VirtualListProps<Key> = {
    layout, height: 256, label: 'Queue', activeRow: 0,
    onActiveChange: vi.fn(), onVisible: vi.fn(),
    renderHeader: (s) => <h2>{s.key}</h2>,
    renderRow: (key, index) => <span class="who">{`${key} ${index}`}</span>,
    rowLabel: (key, index) => `${key} ${index}`,
    ...overrides,
  };
  act(() => render(<VirtualList {...props} />, host));
  return { props, list: host.querySelector<HTMLElement>('[role=listbox]')! };
}

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('VirtualList', () => {
  test('renders only the rows in view (plus overscan) out of 10,000', () => {
    const { list, props } = mount();
    const options = list.querySelectorAll('[role=option]');
    expect(options.length).toBeGreaterThan(3);
    expect(options.length).toBeLessThan(20);
    expect(list.querySelector('h2')?.textContent).toBe('due');
    expect(options[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(props.onVisible).toHaveBeenCalledWith(new Map([['due', { from: 0, to: expect.any(Number) }]]));
  });

  test('scrolling far down renders the rows there, with the section header when in view', () => {
    const { list, props } = mount();
    const waitingTop = layout.sections[1]!.top;
    act(() => {
      list.scrollTop = waitingTop - 64;
      list.dispatchEvent(new Event('scroll'));
    });
    const texts = [...list.querySelectorAll('.who')].map((n) => n.textContent);
    expect(texts).toContain('due 3999');
    expect(texts).toContain('waiting 0');
    expect(list.querySelector('h2')?.textContent).toBe('waiting');
    expect(list.querySelectorAll('[role=option]').length).toBeLessThan(20);
    const last = vi.mocked(props.onVisible).mock.lastCall![0];
    expect(last.get('waiting')?.from).toBe(0);
  });

  test('the active row is the listbox’s active descendant and is scrolled into view', () => {
    const { list } = mount({ activeRow: 5000 });
    expect(list.getAttribute('aria-activedescendant')).toBe('row-waiting-1000');
    const active = list.querySelector('#row-waiting-1000');
    expect(active?.getAttribute('aria-selected')).toBe('true');
    expect(active?.classList.contains('active')).toBe(true);
  });

  test('a list mounted at its first row does not read its scroll position (that forces a layout before the first frame)', () => {
    let owner: object | null = HTMLElement.prototype;
    while (owner && !Object.getOwnPropertyDescriptor(owner, 'scrollTop')) owner = Object.getPrototypeOf(owner) as object | null;
    const read = vi.spyOn(owner as HTMLElement, 'scrollTop', 'get');
    try {
      mount({ activeRow: 0 });
      expect(read).not.toHaveBeenCalled();
    } finally {
      read.mockRestore();
    }
  });

  test('clicking a row makes it active', () => {
    const onActiveChange = vi.fn();
    const { list } = mount({ onActiveChange });
    act(() => list.querySelectorAll<HTMLElement>('[role=option]')[2]!.click());
    expect(onActiveChange).toHaveBeenCalledWith(2);
  });
});
