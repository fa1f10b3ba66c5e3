// The variables a template can use, each a button that inserts its tag at the caret.
import { templateVariables } from '../../core/template';
import { t } from '../i18n';
import { variableTag } from './insert-variable';

export function VariablePicker({ onInsert }: { onInsert(tag: string): void }) {
  return (
    <details class="variables" open>
      <summary>{t('options_tpl_variables')}</summary>
      <p class="muted">{t('options_tpl_variables_help')}</p>
      <ul>
        {templateVariables.map((v) => (
          <li key={v.name}>
            <button type="button" class="link" data-rapport="insert-variable" data-variable={v.name}
              aria-label={t('options_tpl_insert_variable', { name: v.name })} onClick={() => onInsert(variableTag(v.name))}>
              <code>{variableTag(v.name)}</code>
            </button>
            <span class="muted"> {t(`options_var_${v.name}`)}</span>
          </li>
        ))}
      </ul>
      <p class="muted">{t('options_tpl_fallback_help')}</p>
    </details>
  );
}
