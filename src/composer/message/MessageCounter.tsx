// Words and characters of what is in LinkedIn's message editor right now, against LinkedIn's
// message limit. A polite live region like the note counter; going over adds an explicit line.
import { countMessage } from '../../core/message-count';
import { t } from '../i18n';

export function MessageCounter({ text, limit }: { text: string; limit: number }) {
  const { words, chars } = countMessage(text);
  const over = chars - limit;
  return (
    <>
      <span class={over > 0 ? 'counter over' : 'counter'} data-part="counter" data-over={over > 0 ? 'true' : 'false'}
        role="status" aria-live="polite" aria-atomic="true" title={t('composer_message_counter_title', chars, limit)}>
        {t('composer_message_words', words)} · {`${chars}/${limit}`}
      </span>
      {over > 0 && <span class="over-note" data-part="over-limit">{t('composer_over', over)}</span>}
    </>
  );
}
