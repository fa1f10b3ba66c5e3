// The live preview under the editor: the note as it would read for one person, its length
// against both of LinkedIn's limits (200 free, 300 Premium), coaching hints and template errors.
import { useMemo } from 'preact/hooks';
import { coachNote } from '../../core/coach';
import { countNote } from '../../core/count';
import { renderTemplate, type NoteContext } from '../../core/template';
import { t } from '../i18n';
import { HintList } from '../../shared/ui/HintList';
import type { Template } from '../../core/schemas';

export interface TemplatePreviewProps {
  body: string;
  context: NoteContext;
  limit: number;
  kind: Template['kind'];
}

export function TemplatePreview({ body, context, limit, kind }: TemplatePreviewProps) {
  const rendered = useMemo(() => renderTemplate(body, context), [body, context]);
  const used = countNote(rendered.text);
  const hints = useMemo(() => coachNote(rendered.text, { limit, context, kind }), [rendered.text, limit, context, kind]);

  return (
    <div class="preview" data-rapport="preview">
      {rendered.errors.length > 0 && (
        <div class="template-errors" role="alert" data-rapport="template-errors">
          <p>{t('options_tpl_errors_title')}</p>
          <ul>
            {rendered.errors.map((e) => (
              <li key={`${e.index}-${e.message}`} data-rapport="template-error">
                {t('options_tpl_error_at', { line: e.line, column: e.column })} {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="preview-text" data-rapport="preview-text" aria-label={t('options_tpl_preview_label')}>
        {rendered.text || <span class="muted">{t('options_tpl_preview_empty')}</span>}
      </p>
      <p class="counters" data-rapport="counters">
        <LimitCount used={used} limit={200} label={t('options_tpl_limit_free')} />
        <LimitCount used={used} limit={300} label={t('options_tpl_limit_premium')} />
      </p>
      {rendered.missing.length > 0 && (
        <p class="muted" data-rapport="missing">{t('options_tpl_missing', { names: rendered.missing.map((name) => t(`field_${name}`)).join(', ') })}</p>
      )}
      <HintList hints={hints} label={t('options_tpl_hints_label')} />
    </div>
  );
}

function LimitCount({ used, limit, label }: { used: number; limit: number; label: string }) {
  const over = used - limit;
  return (
    <span class={over > 0 ? 'counter over' : 'counter'} data-rapport={`counter-${limit}`}>
      {`${used}/${limit}`} <span class="muted">{label}</span>
      {over > 0 && <> — {t('options_tpl_over', { count: over })}</>}
    </span>
  );
}
