// Template manager: list, create, edit, duplicate, delete with undo, reorder, default, kind.
import { useMemo, useState } from 'preact/hooks';
import type { Template } from '../../core/schemas';
import { starterTemplates } from '../../core/starter-templates';
import { defaultSettings } from '../../core/schemas';
import { t } from '../i18n';
import { StatusLine } from '../ui/StatusLine';
import { UndoBar } from '../ui/UndoBar';
import { noteLimitFor } from '../../core/count';
import { profileNoteContext } from '../../shared/profile-note-context';
import { sampleProfile } from './preview-context';
import { copyName, draftOf, moveId, placeAfter, type TemplateDraft } from './template-order';
import { kindLabelKeys, templateKinds } from './kind-labels';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList, type RowAction } from './TemplateList';
import { useTemplates } from './use-templates';

const blankDraft: TemplateDraft = { name: '', body: '', kind: 'invitation' };

export function TemplatesSection() {
  const { state, status, busy, run, api } = useTemplates();
  const [editing, setEditing] = useState<TemplateDraft | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [undo, setUndo] = useState<{ removed: Template; index: number } | null>(null);
  const [focus, setFocus] = useState<{ id: string; action: RowAction } | null>(null);
  const [useSample, setUseSample] = useState(false);

  const settings = state.settings ?? defaultSettings;
  const profile = !useSample && state.lastProfile ? state.lastProfile : sampleProfile;
  const context = useMemo(() => profileNoteContext(profile, settings), [profile, settings]);
  const ids = state.templates.map((tpl) => tpl.id);

  const openEditor = (draft: TemplateDraft) => {
    setEditing(draft);
    setEditorKey((k) => k + 1);
  };

  const onAction = (template: Template, action: RowAction) => {
    setFocus(null);
    if (action === 'edit') return openEditor(draftOf(template));
    if (action === 'up' || action === 'down') {
      void run(() => api.reorder(moveId(ids, template.id, action === 'up' ? -1 : 1))).then(() => setFocus({ id: template.id, action }));
      return;
    }
    if (action === 'default') {
      void run(() => api.setDefault(template.id), () => t('options_tpl_default_set', { name: template.name }));
      return;
    }
    if (action === 'duplicate') {
      const name = copyName(template.name, state.templates.map((tpl) => tpl.name), t('options_tpl_copy_word'));
      void run(async () => {
        const { template: copy } = await api.save({ name, body: template.body, kind: template.kind });
        await api.reorder(placeAfter([...ids, copy.id], copy.id, template.id));
        return copy;
      }, (copy) => t('options_tpl_duplicated', { name: copy.name })).then((copy) => copy && setFocus({ id: copy.id, action: 'edit' }));
      return;
    }
    void run(() => api.remove(template.id)).then((result) => {
      if (!result) return;
      setUndo(result);
      if (editing?.id === template.id) setEditing(null);
    });
  };

  const save = (draft: TemplateDraft) => {
    void run(() => api.save(draft), (r) => t('options_tpl_saved', { name: r.template.name })).then((result) => {
      if (!result) return;
      setEditing(null);
      setFocus({ id: result.template.id, action: 'edit' });
    });
  };

  const restore = () => {
    if (!undo) return;
    const { removed, index } = undo;
    setUndo(null);
    void run(() => api.restore(removed, index), () => t('options_tpl_restored', { name: removed.name }))
      .then((r) => r && setFocus({ id: removed.id, action: 'edit' }));
  };

  const previewSource = (
    <fieldset class="preview-source">
      <legend>{t('options_tpl_preview_with')}</legend>
      <label>
        <input type="radio" name="preview-source" checked={!useSample && !!state.lastProfile} disabled={!state.lastProfile}
          onChange={() => setUseSample(false)} />
        {state.lastProfile
          ? t('options_tpl_preview_last', { name: state.lastProfile.fullName ?? state.lastProfile.firstName ?? '' })
          : t('options_tpl_preview_last_none')}
      </label>
      <label>
        <input type="radio" name="preview-source" checked={useSample || !state.lastProfile} onChange={() => setUseSample(true)} />
        {t('options_tpl_preview_sample', { name: sampleProfile.fullName ?? '' })}
      </label>
    </fieldset>
  );

  return (
    <section aria-labelledby="templates-title" data-rapport="templates-section">
      <h2 id="templates-title">{t('options_nav_templates')}</h2>
      <p class="muted">{t('options_tpl_intro')}</p>
      {state.notice && <p class="notice" role="note" data-rapport="storage-notice">{state.notice.message}</p>}
      <StatusLine status={status} />
      {undo && (
        <UndoBar message={t('options_tpl_deleted', { name: undo.removed.name })} onUndo={restore} onDismiss={() => setUndo(null)} />
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={busy} data-rapport="template-new" onClick={() => openEditor(blankDraft)}>
          {t('options_tpl_new')}
        </button>
        {starterTemplates.length > 0 && (
          <label class="inline">
            {t('options_tpl_from_starter')}
            <select value="" data-rapport="template-starter" onChange={(e) => {
              const starter = starterTemplates[Number(e.currentTarget.value)];
              if (starter) openEditor({ name: starter.name, body: starter.body, kind: starter.kind });
            }}>
              <option value="">{t('options_tpl_choose_starter')}</option>
              {templateKinds.map((kind) => (
                <optgroup key={kind} label={t(kindLabelKeys[kind])}>
                  {starterTemplates.map((starter, index) => starter.kind === kind && <option key={starter.id} value={String(index)}>{starter.name}</option>)}
                </optgroup>
              ))}
            </select>
          </label>
        )}
      </div>
      {editing && (
        <TemplateEditor key={editorKey} initial={editing} context={context} limit={noteLimitFor(settings.noteLimit)}
          previewSource={previewSource} saving={busy} onSave={save} onCancel={() => setEditing(null)} />
      )}
      {state.loaded && (
        <TemplateList templates={state.templates} defaultId={settings.defaultTemplateId} busy={busy} focus={focus} onAction={onAction} />
      )}
    </section>
  );
}
