// The undo offer: lasts six seconds, runs its revert once, and a newer action replaces it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { UNDO_MS, useUndo } from '../../../src/popup/useUndo';

let host: HTMLElement;
let api: ReturnType<typeof useUndo>;
const onRevert = vi.fn(async (run: () => Promise<void>) => run());

function Probe() {
  api = useUndo(onRevert);
  return null;
}

beforeEach(() => {
  vi.useFakeTimers();
  onRevert.mockClear();
  host = document.createElement('div');
  act(() => render(<Probe />, host));
});
afterEach(() => {
  act(() => render(null, host));
  vi.useRealTimers();
});

describe('useUndo', () => {
  test('the offer disappears after about six seconds and then undoes nothing', async () => {
    const revert = vi.fn(async () => {});
    act(() => api.offerUndo('Ana marked as replied.', revert));
    expect(api.offer?.message).toBe('Ana marked as replied.');
    act(() => { vi.advanceTimersByTime(UNDO_MS - 1); });
    expect(api.offer).not.toBeNull();
    act(() => { vi.advanceTimersByTime(1); });
    expect(api.offer).toBeNull();
    await act(() => api.undo());
    expect(revert).not.toHaveBeenCalled();
    expect(UNDO_MS).toBe(6000);
  });

  test('undo runs the revert once and closes the offer', async () => {
    const revert = vi.fn(async () => {});
    act(() => api.offerUndo('x', revert));
    await act(() => api.undo());
    await act(() => api.undo());
    expect(revert).toHaveBeenCalledOnce();
    expect(onRevert).toHaveBeenCalledOnce();
    expect(api.offer).toBeNull();
  });

  test('a newer action replaces the offer and restarts the clock', async () => {
    const first = vi.fn(async () => {});
    const second = vi.fn(async () => {});
    act(() => api.offerUndo('first', first));
    act(() => { vi.advanceTimersByTime(4000); });
    act(() => api.offerUndo('second', second));
    act(() => { vi.advanceTimersByTime(4000); });
    expect(api.offer?.message).toBe('second');
    await act(() => api.undo());
    expect(second).toHaveBeenCalledOnce();
    expect(first).not.toHaveBeenCalled();
  });
});
