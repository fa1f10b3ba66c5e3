// `N/LIMIT` for what is in LinkedIn's box right now, counted the way the box counts. The element
// is a polite live region (screen readers hear the count when typing pauses, never mid-word) and
// its text stays exactly `N/LIMIT`; going over the limit adds a separate, explicit line.
import { countNote } from '../core/count';
import { t } from './i18n';

export function Counter({ text, limit }: { text: string; limit: number }) {
  const used = countNote(text);
  const over = used - limit;
  return (
    <>
      <span class={over > 0 ? 'counter over' : 'counter'} data-part="counter" data-over={over > 0 ? 'true' : 'false'}
        role="status" aria-live="polite" aria-atomic="true" title={t('composer_counter_title', used, limit)}>{`${used}/${limit}`}</span>
      {over > 0 && <span class="over-note" data-part="over-limit">{t('composer_over', over)}</span>}
    </>
  );
}
