// Editing one template: name, kind, body, with the variables to insert and a live preview.
// Save is refused while the body has template errors (the composer could not fill it): the first
// error is selected in the text and the editor stays open, so the work in progress is not lost;
// Cancel keeps the version saved before. The rule is stated under the Save button.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { templateValidity, type NoteContext } from '../../core/template';
import { t } from '../i18n';
import { insertAt } from './insert-variable';
import { kindLabelKeys, kindOf, templateKinds } from './kind-labels';
import { draftProblems, type TemplateDraft } from './template-order';
import { TemplatePreview } from './TemplatePreview';
import { VariablePicker } from './VariablePicker';

export interface TemplateEditorProps {
  initial: TemplateDraft;
  context: NoteContext;
  limit: number;
  /** Chooses what the preview is filled with (rendered above the preview). */
  previewSource: ComponentChildren;
  saving: boolean;
  onSave(draft: TemplateDraft): void;
  onCancel(): void;
}

export function TemplateEditor(props: TemplateEditorProps) {
  const [draft, setDraft] = useState<TemplateDraft>(props.initial);
  const [tried, setTried] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const problems = draftProblems(draft);
  const isNew = !draft.id;

  const insertTag = (tag: string) => {
    const area = bodyRef.current;
    const start = area?.selectionStart ?? draft.body.length;
    const end = area?.selectionEnd ?? draft.body.length;
    const next = insertAt(draft.body, start, end, tag);
    setDraft({ ...draft, body: next.body });
    // After Preact has written the new value, put the caret right after the tag.
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.caret, next.caret);
    });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (problems.length === 0) return props.onSave({ ...draft, name: draft.name.trim() });
    const first = templateValidity(draft.body).first;
    if (problems[0] === 'body-errors' && first && bodyRef.current) {
      bodyRef.current.focus();
      bodyRef.current.setSelectionRange(first.index, first.index + first.length);
    }
  };

  return (
    <form class="editor" aria-labelledby="editor-title" onSubmit={submit} data-rapport="template-editor"
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}>
      <h3 id="editor-title">{isNew ? t('options_tpl_new_title') : t('options_tpl_edit_title', { name: props.initial.name })}</h3>
      <div class="field-row">
        <label>
          {t('options_tpl_name')}
          <input name="name" value={draft.name} maxLength={120} required data-rapport="template-name"
            aria-invalid={tried && problems.some((p) => p.startsWith('name'))}
            onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
        </label>
        <label>
          {t('options_tpl_kind')}
          <select name="kind" value={draft.kind} data-rapport="template-kind"
            onChange={(e) => setDraft({ ...draft, kind: kindOf(e.currentTarget.value) })}>
            {templateKinds.map((kind) => <option key={kind} value={kind}>{t(kindLabelKeys[kind])}</option>)}
          </select>
        </label>
      </div>
      {tried && problems.length > 0 && (
        <ul class="field-errors" role="alert" data-rapport="template-problems">
          {problems.map((p) => <li key={p}>{t(`options_tpl_problem_${p.replace('-', '_')}`)}</li>)}
        </ul>
      )}
      <div class="editor-grid">
        <div>
          <label for="template-body">{t('options_tpl_body')}</label>
          <textarea id="template-body" ref={bodyRef} name="body" rows={9} value={draft.body} maxLength={2000}
            data-rapport="template-body" spellcheck aria-invalid={problems.includes('body-errors')} onInput={(e) => setDraft({ ...draft, body: e.currentTarget.value })} />
          <VariablePicker onInsert={insertTag} />
        </div>
        <div>
          <h4>{t('options_tpl_preview')}</h4>
          {props.previewSource}
          <TemplatePreview body={draft.body} context={props.context} limit={props.limit} kind={draft.kind} />
        </div>
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={props.saving} data-rapport="template-save">{t('options_save')}</button>
        <button type="button" onClick={props.onCancel} data-rapport="template-cancel">{t('options_cancel')}</button>
      </div>
      <p class="help muted" data-rapport="template-save-rule">{t('options_tpl_save_rule')}</p>
    </form>
  );
}
