// The filled template as it would be inserted. A value can be far longer than any note (a
// 10,000-character headline): then the preview shows its start and a button for the whole text,
// which opens in a box of bounded height that scrolls, so Insert always stays in view.
import { clampText, PREVIEW_CLAMP } from './clamp';
import { onTrusted } from './trusted';
import { t } from './i18n';

export interface PreviewProps {
  text: string;
  expanded: boolean;
  onToggle: () => void;
}

export function Preview({ text, expanded, onToggle }: PreviewProps) {
  const { shown, clamped } = clampText(text, PREVIEW_CLAMP);
  const whole = expanded || !clamped;
  return (
    <>
      <p class={whole && clamped ? 'preview expanded' : 'preview'} data-part="preview" data-clamped={clamped && !expanded ? 'true' : 'false'}
        aria-label={t('composer_preview')} tabIndex={whole && clamped ? 0 : undefined}>
        {whole ? text : shown}
      </p>
      {clamped && (
        <button type="button" class="link" data-part="preview-toggle" aria-expanded={expanded} onClick={onTrusted(onToggle)}>
          {expanded ? t('composer_show_less') : t('composer_show_all', text.length.toLocaleString())}
        </button>
      )}
    </>
  );
}
