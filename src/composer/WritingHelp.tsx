// Writing help in LinkedIn's invite dialog: three buttons (each with a shortcut) that ask
// Chrome's on-device model for up to three candidates, shown with a diff, a count and the
// coach's warnings; the person uses one or none. Shown only where the model is: without it
// (or with the setting off) this renders nothing at all.
import { AI_SHORTCUTS, type WritingHelpProps } from './writing-help';
import type { AiAction } from '../core/ai/request';
import { Candidates } from '../shared/ui/Candidates';
import { t } from './i18n';
import { onTrusted } from './trusted';

const LABEL: Record<AiAction, string> = { shorten: 'ai_shorten', weave: 'ai_weave', draft: 'ai_draft' };

export function WritingHelp(props: WritingHelpProps) {
  const { availability } = props;
  if (availability === 'downloadable' || availability === 'downloading') {
    return (
      <section class="ai" aria-label={t('ai_title')} data-part="ai">
        <p class="muted" role="status" data-part="ai-download">
          {availability === 'downloading' ? t('ai_downloading') : `${t('ai_download_needed')} ${t('ai_download_in_panel')}`}
        </p>
      </section>
    );
  }
  if (availability !== 'available') return null;
  return (
    <section class="ai" aria-label={t('ai_title')} data-part="ai">
      <div class="row">
        {props.offered.map((action) => (
          <button type="button" data-part={`ai-${action}`} disabled={props.busy !== null} onClick={onTrusted(() => props.onAction(action))}
            aria-keyshortcuts={AI_SHORTCUTS[action].keys} title={t('ai_shortcut', AI_SHORTCUTS[action].keys)}>
            {t(LABEL[action])}
          </button>
        ))}
      </div>
      <p class="muted" data-part="ai-facts">
        {props.facts.length ? t('ai_uses', props.facts.join(' · ')) : t('ai_uses_nothing')} {t('ai_local')}
      </p>
      {props.busy && (
        <p class="row" role="status" data-part="ai-busy">
          <span class="muted">{t('ai_working')}</span>
          <button type="button" data-part="ai-cancel" onClick={onTrusted(props.onCancel)}>{t('ai_cancel')}</button>
        </p>
      )}
      {props.message && <p class="muted" role="status" data-part="ai-message">{props.message}</p>}
      {props.rejected > 0 && props.candidates && <p class="muted" data-part="ai-rejected">{t('ai_rejected', props.rejected)}</p>}
      {props.candidates && props.candidates.length > 0 && (
        <Candidates candidates={props.candidates} limit={props.limit} t={t} onUse={props.onUse} onDismiss={props.onDismiss}
          attribute="data-part" guard={onTrusted} />
      )}
    </section>
  );
}
