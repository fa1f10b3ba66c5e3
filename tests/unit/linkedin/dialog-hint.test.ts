import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { batchMayTouchDialog, mayShowInviteDialog } from '../../../src/linkedin/dialog-hint';
import { findInviteDialog } from '../../../src/linkedin';
import { FIXTURES, loadPage, must } from './fixtures';

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

// content.js carries only this glance; the exact reader (findInviteDialog) comes with composer.js.
describe('mayShowInviteDialog', () => {
  const DIALOGS = readdirSync(join(FIXTURES, 'constructed')).filter((f) => f.startsWith('dialog-') || f === 'invite-deep-link.html').map((f) => `constructed/${f}`);
  // The Premium upsell replaces the note box only after step 1 (whose glance fetched the composer).
  const AFTER_STEP_ONE = new Set(['constructed/dialog-quota-upsell.html']);

  test.each([...DIALOGS, '2024-invite-dialog-note-step.excerpt.html', '2026-more-menu-and-invite-dialog-first-step.excerpt.html'])('sees the invite step of %s', (file) => {
    const doc = loadPage(file);
    expect(findInviteDialog(doc)).not.toBeNull();
    expect(mayShowInviteDialog(doc)).toBe(!AFTER_STEP_ONE.has(file));
  });

  test('sees step 1 inside the 2026 shadow root', () => {
    const doc = loadPage('constructed/2026-profile-connect-primary.html');
    const host = must(doc, 'div#interop-outlet[data-testid="interop-shadowdom"]');
    expect(mayShowInviteDialog(doc)).toBe(false);
    host.attachShadow({ mode: 'open' }).append(doc.importNode(must(loadPage('constructed/dialog-stage1.html'), '[data-test-modal-id="send-invite-modal"]'), true));
    expect(mayShowInviteDialog(doc)).toBe(true);
  });

  test.each(readdirSync(FIXTURES).filter((f) => /^20\d\d-.*\.html$/.test(f) && !f.includes('dialog')))('fetches nothing for %s, which shows no dialog', (file) => {
    expect(mayShowInviteDialog(loadPage(file))).toBe(false);
  });
});
