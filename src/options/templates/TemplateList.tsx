// The templates in the person's order, each with its actions. Moving is done with buttons (no
// drag and drop), so it works from the keyboard; focus follows the moved template.
import { useEffect, useRef } from 'preact/hooks';
import type { Template } from '../../core/schemas';
import { templateValidity } from '../../core/template';
import { t } from '../i18n';
import { kindLabelKeys } from './kind-labels';

export type RowAction = 'edit' | 'duplicate' | 'up' | 'down' | 'default' | 'delete';

export interface TemplateListProps {
  templates: Template[];
  defaultId: string | undefined;
  busy: boolean;
  /** After a move, the button to focus again: the same action on the moved template. */
  focus: { id: string; action: RowAction } | null;
  onAction(template: Template, action: RowAction): void;
}

export function TemplateList(props: TemplateListProps) {
  const { templates } = props;
  if (templates.length === 0) return <p class="muted" data-rapport="templates-empty">{t('options_tpl_empty')}</p>;
  return (
    <ol class="template-list" aria-label={t('options_tpl_list_label')} data-rapport="template-list">
      {templates.map((template, index) => (
        <TemplateRow key={template.id} template={template} first={index === 0} last={index === templates.length - 1}
          isDefault={template.id === props.defaultId} busy={props.busy}
          focus={props.focus?.id === template.id ? props.focus.action : null} onAction={props.onAction} />
      ))}
    </ol>
  );
}

interface RowProps {
  template: Template;
  first: boolean;
  last: boolean;
  isDefault: boolean;
  busy: boolean;
  focus: RowAction | null;
  onAction(template: Template, action: RowAction): void;
}

function TemplateRow({ template, first, last, isDefault, busy, focus, onAction }: RowProps) {
  const row = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focus) return;
    // At the top or bottom the pressed button is disabled; its twin keeps focus in the row.
    const wanted = (focus === 'up' && first) || (focus === 'down' && last) ? (focus === 'up' ? 'down' : 'up') : focus;
    row.current?.querySelector<HTMLButtonElement>(`[data-action="${wanted}"]`)?.focus();
  }, [focus, first, last]);

  const name = template.name;
  const validity = templateValidity(template.body);
  const button = (action: RowAction, label: string, aria: string, disabled = false) => (
    <button type="button" data-action={action} data-rapport={`template-${action}`} aria-label={aria}
      disabled={busy || disabled} onClick={() => onAction(template, action)}>{label}</button>
  );
  return (
    <li ref={row} class="template-row" data-rapport="template-row" data-template-id={template.id}>
      <div class="template-head">
        <strong class="template-name">{name}</strong>
        <span class="badge" data-rapport="template-kind-badge">{t(kindLabelKeys[template.kind])}</span>
        {isDefault && <span class="badge accent" data-rapport="template-is-default">{t('options_tpl_default_badge')}</span>}
        {validity.first && (
          <span class="badge error" data-rapport="template-has-errors">
            {t('options_tpl_has_errors', { count: validity.errors.length })}
          </span>
        )}
      </div>
      {validity.first && (
        <p class="template-first-error" data-rapport="template-first-error">
          {t('options_tpl_has_errors_first', { line: validity.first.line, column: validity.first.column, message: validity.first.message })}
        </p>
      )}
      <p class="template-body muted">{template.body.slice(0, 160)}{template.body.length > 160 ? '…' : ''}</p>
      <div class="actions">
        {button('edit', t('options_edit'), t('options_tpl_edit_named', { name }))}
        {button('duplicate', t('options_tpl_duplicate'), t('options_tpl_duplicate_named', { name }))}
        {button('up', '↑', t('options_tpl_up_named', { name }), first)}
        {button('down', '↓', t('options_tpl_down_named', { name }), last)}
        {button('default', t('options_tpl_make_default'), t('options_tpl_make_default_named', { name }), isDefault)}
        {button('delete', t('options_delete'), t('options_tpl_delete_named', { name }))}
      </div>
    </li>
  );
}
