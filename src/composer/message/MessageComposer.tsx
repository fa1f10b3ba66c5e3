// The composer beside LinkedIn's message box: choose a conversation template, see it filled with
// the person's details, insert it into LinkedIn's editor, and watch words and characters against
// LinkedIn's message limit. The person edits in LinkedIn's editor and presses LinkedIn's own Send.
// A view only (no hooks): src/composer/message/mount.tsx owns the state. The count is drawn in its
// own root (`counter`, a slot: own-root.tsx), so a keystroke redraws the count, not this view.
import type { ComponentChildren } from 'preact';
import type { Template } from '../../core/schemas';
import { canInsertNote, type RenderResult } from '../../core/template';
import { Preview } from '../Preview';
import { clampText, NAME_CLAMP, PREVIEW_CLAMP } from '../clamp';
import { onTrusted } from '../trusted';
import { t } from '../i18n';

export interface MessageComposerProps {
  templates: Template[];
  templateId: string;
  onChooseTemplate: (id: string) => void;
  rendered: RenderResult | null;
  /** Where the words and characters count is drawn (its own root, redrawn on each keystroke). */
  counter: ComponentChildren;
  onInsert: () => void;
  /** LinkedIn's editor did not take the text (its Send would stay disabled). */
  insertFailed: boolean;
  theme: 'light' | 'dark';
  previewExpanded: boolean;
  onTogglePreview: () => void;
  /** The request coach's checklist for what is in the editor (or what Insert would put there). */
  checklist?: ComponentChildren;
}

export function MessageComposer(props: MessageComposerProps) {
  const { templates, templateId, rendered } = props;
  const template = templates.find((x) => x.id === templateId) ?? templates[0];
  return (
    <section class="composer" aria-label={t('composer_message_label')} data-part="composer" data-step="message" data-theme={props.theme}>
      <div class="row">
        <span class="title">Rapport</span>
        {props.counter}
      </div>
      {templates.length === 0 ? (
        <p class="muted" data-part="no-templates">{t('composer_message_no_templates')}</p>
      ) : (
        <div class="row">
          <label for="message-template">{t('composer_template')}</label>
          <select id="message-template" data-part="template" value={template?.id ?? ''} title={template?.name}
            onChange={onTrusted((e) => props.onChooseTemplate((e.currentTarget as HTMLSelectElement).value))}>
            {templates.map((x) => <option key={x.id} value={x.id}>{clampText(x.name, NAME_CLAMP).shown}</option>)}
          </select>
          <button type="button" class="primary" data-part="insert" onClick={onTrusted(props.onInsert)} disabled={!canInsertNote(rendered)}>
            {t('composer_message_insert')}
          </button>
        </div>
      )}
      {props.insertFailed && <p class="guard" role="alert" data-part="insert-failed">{t('composer_message_insert_failed')}</p>}
      {rendered && rendered.errors.length > 0 && (
        <ul class="errors" data-part="template-errors">
          {rendered.errors.map((e) => <li>{clampText(e.message, PREVIEW_CLAMP).shown}</li>)}
        </ul>
      )}
      {rendered && <Preview text={rendered.text} expanded={props.previewExpanded} onToggle={props.onTogglePreview} />}
      {props.checklist}
    </section>
  );
}
