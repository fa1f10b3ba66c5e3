// A template with errors: the editor refuses to save it and selects the first error, the list marks
// it, and an import preview names it. All three ask core/template/validity.ts.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { TemplateEditor } from '../../../src/options/templates/TemplateEditor';
import { TemplateList } from '../../../src/options/templates/TemplateList';
import { BackupImportPreview } from '../../../src/options/backup/BackupImportPreview';
import type { ImportSummary } from '../../../src/shared/messages';
import { optionsRoot } from './options-root';

const root = optionsRoot();

const q = <T extends Element = HTMLElement>(name: string) => root.el.querySelector<T>(`[data-rapport="${name}"]`);
const broken = 'Hi {{frstName}} … {{nope}} {{firstName';

describe('the editor', () => {
  function editor(body: string, onSave = vi.fn()) {
    render(<TemplateEditor initial={{ name: 'Broken', body, kind: 'invitation' }} context={{ firstName: 'Ana' }} limit={200}
      previewSource={null} saving={false} onSave={onSave} onCancel={() => {}} />, root.el);
    return onSave;
  }

  test('refuses to save a template with errors and selects the first error in the text', async () => {
    const onSave = editor(broken);
    await act(() => q<HTMLButtonElement>('template-save')!.click());
    expect(onSave).not.toHaveBeenCalled();
    const body = q<HTMLTextAreaElement>('template-body')!;
    expect(document.activeElement).toBe(body);
    expect(body.value.slice(body.selectionStart, body.selectionEnd)).toBe('{{frstName}}');
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(q('template-problems')?.textContent).toContain('a template with errors is not saved');
    expect(q('template-save-rule')?.textContent).toMatch(/saved only without errors/);
    expect(q('template-errors')?.textContent).toContain('did you mean {{firstName}}?');
  });

  test('saves once the errors are fixed', async () => {
    const onSave = editor('Hi {{firstName}}, glad to connect.');
    await act(() => q<HTMLButtonElement>('template-save')!.click());
    expect(onSave).toHaveBeenCalledWith({ name: 'Broken', body: 'Hi {{firstName}}, glad to connect.', kind: 'invitation' });
  });
});

test('the template list marks a template with errors and says the first one', () => {
  const templates = [
    { id: 'ok', name: 'Fine', body: 'Hi {{firstName}}.', kind: 'invitation' as const },
    { id: 'bad', name: 'Broken', body: broken, kind: 'invitation' as const },
  ];
  render(<TemplateList templates={templates} defaultId={undefined} busy={false} focus={null} onAction={() => {}} />, root.el);
  const rows = root.el.querySelectorAll('[data-rapport="template-row"]');
  expect(rows[0]!.querySelector('[data-rapport="template-has-errors"]')).toBeNull();
  expect(rows[1]!.querySelector('[data-rapport="template-has-errors"]')?.textContent).toMatch(/^3 errors/);
  expect(rows[1]!.querySelector('[data-rapport="template-first-error"]')?.textContent)
    .toBe('First: line 1, column 4: Unknown variable "{{frstName}}"; did you mean {{firstName}}?');
});

test('an import preview names the templates with errors', async () => {
  const text = JSON.stringify({
    format: 'rapport-backup', version: 1,
    templates: [{ id: 't1', name: 'Fine', body: 'Hi {{firstName}}' }, { id: 't2', name: 'Typo', body: 'At {{compnay}}' }],
    invitations: [],
  });
  const summary: ImportSummary = {
    mode: 'merge', settingsChanged: [],
    templates: { added: 2, updated: 0, unchanged: 0, removed: 0 },
    invitations: { added: 0, updated: 0, duplicates: 0, removed: 0 },
  };
  render(<BackupImportPreview summary={summary} text={text} />, root.el);
  // The file is parsed in the background of the page (parseBackup yields between slices).
  await vi.waitFor(() => expect(q('preview-template-errors')).not.toBeNull());
  const note = q('preview-template-errors')!.textContent!;
  expect(note).toContain('1 of the file’s templates have errors');
  expect(note).toContain('“Typo” — line 1, column 4: Unknown variable "{{compnay}}"; did you mean {{company}}?');
});
