import { describe, expect, test } from 'vitest';
import { batchMayTouchDialog } from '../../../src/linkedin/dialog-hint';

function recordsOf(mutate: () => void, root: Node = document.body): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, { childList: true, subtree: true });
  mutate();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('batchMayTouchDialog', () => {
  test('ignores batches that only add ordinary content', () => {
    document.body.replaceChildren();
    const records = recordsOf(() => {
      for (let i = 0; i < 20; i++) document.body.append(document.createElement('div'));
    });
    expect(records.length).toBeGreaterThan(0);
    expect(batchMayTouchDialog(records, null)).toBe(false);
  });

  test('notices a dialog added directly or inside a wrapper', () => {
    document.body.replaceChildren();
    const wrapper = document.createElement('div');
    const dialog = document.createElement('div');
    dialog.className = 'artdeco-modal send-invite';
    wrapper.append(dialog);
    expect(batchMayTouchDialog(recordsOf(() => document.body.append(wrapper)), null)).toBe(true);
    const native = document.createElement('dialog');
    expect(batchMayTouchDialog(recordsOf(() => document.body.append(native)), null)).toBe(true);
  });

  test('notices a step change inside the open dialog and the dialog closing', () => {
    document.body.replaceChildren();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const body = document.createElement('div');
    dialog.append(body);
    document.body.append(dialog);
    expect(batchMayTouchDialog(recordsOf(() => body.append(document.createElement('textarea'))), dialog)).toBe(true);
    const closing = recordsOf(() => dialog.remove());
    expect(batchMayTouchDialog(closing, dialog)).toBe(true);
  });
});
