// The live preview under the editor: the text as it would read for one person, coaching hints and
// template errors. A note is counted against both of LinkedIn's note limits (200 free, 300
// Premium); a message (the request for a conversation and its follow-up) against LinkedIn's
// message limit and the request coach's word budget, with the checklist of a good request's parts.
import { useMemo } from 'preact/hooks';
import { coachNote, isRequestKind, requestChecklist, type RequestKind } from '../../core/coach';
import { countWords, REQUEST_WORD_BUDGET } from '../../core/coach/request';
import { countNote, MESSAGE_LIMIT } from '../../core/count';
import { renderTemplate, type NoteContext } from '../../core/template';
import { t } from '../i18n';
import { HintList } from '../../shared/ui/HintList';
import { RequestChecklist } from '../../shared/ui/RequestChecklist';
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
  const message = isRequestKind(kind) ? kind : null;

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
      <p class="preview-text" data-rapport="preview-text" aria-label={t(message ? 'options_tpl_message_preview_label' : 'options_tpl_preview_label')}>
        {rendered.text || <span class="muted">{t('options_tpl_preview_empty')}</span>}
      </p>
      {message ? <MessageCounts text={rendered.text} used={used} kind={message} /> : (
        <p class="counters" data-rapport="counters">
          <LimitCount used={used} limit={200} label={t('options_tpl_limit_free')} />
          <LimitCount used={used} limit={300} label={t('options_tpl_limit_premium')} />
        </p>
      )}
      {rendered.missing.length > 0 && (
        <p class="muted" data-rapport="missing">{t('options_tpl_missing', { names: rendered.missing.map((name) => t(`field_${name}`)).join(', ') })}</p>
      )}
      {message && (
        <RequestChecklist items={requestChecklist(rendered.text, { context, kind: message })} label={t('options_tpl_checklist_label')}
          name="request-checklist" />
      )}
      <HintList hints={hints} label={t('options_tpl_hints_label')} />
    </div>
  );
}

function MessageCounts({ text, used, kind }: { text: string; used: number; kind: RequestKind }) {
  const words = countWords(text);
  const budget = REQUEST_WORD_BUDGET[kind];
  return (
    <p class="counters" data-rapport="counters">
      <LimitCount used={used} limit={MESSAGE_LIMIT} label={t('options_tpl_limit_message')} />
      <span class={words > budget ? 'counter over' : 'counter'} data-rapport="word-count">{t('options_tpl_words', { count: words, budget })}</span>
    </p>
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
