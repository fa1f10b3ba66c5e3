// Copy: the Clipboard API first, the text box's own selection when it refuses.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { copyNote } from '../../../src/sidepanel/copy';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function box(value: string): HTMLTextAreaElement {
  const area = document.createElement('textarea');
  area.value = value;
  document.body.append(area);
  return area;
}

describe('copyNote', () => {
  test('writes the note with LinkedIn’s line breaks', async () => {
    const writeText = vi.fn(async () => {});
    await expect(copyNote('Hi Ana,\r\nhello', { writeText }, null)).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('Hi Ana,\nhello');
  });

  test('when the Clipboard API refuses, copies the selected text box instead', async () => {
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const area = box('Hi Ana');
    const writeText = vi.fn(async () => { throw new DOMException('Document is not focused.', 'NotAllowedError'); });
    await expect(copyNote('Hi Ana', { writeText }, area)).resolves.toBe(true);
    expect(exec).toHaveBeenCalledWith('copy');
    expect(document.activeElement).toBe(area);
  });

  test('fails (so the panel can say so) when neither way works', async () => {
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    await expect(copyNote('Hi Ana', undefined, box('Hi Ana'))).resolves.toBe(false);
    // The box holds other text than the note: selecting it would copy the wrong thing.
    await expect(copyNote('Hi Ana', undefined, box('something else'))).resolves.toBe(false);
    await expect(copyNote('Hi Ana', undefined, null)).resolves.toBe(false);
  });
});
