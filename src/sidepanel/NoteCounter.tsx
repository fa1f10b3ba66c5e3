// `N/LIMIT` for the note in the text box, counted the way LinkedIn's note box counts. With the
// limit setting on 'auto' it shows both limits ("142/200 free · 142/300 Premium"), since the panel
// cannot see which account the person has. A polite live region: heard when typing pauses.
import type { CountedPart } from './limits';
import { t } from '../shared/ui/i18n';

const accountKey = { free: 'sidepanel_counter_free', premium: 'sidepanel_counter_premium' } as const;

export function NoteCounter({ parts }: { parts: CountedPart[] }) {
  const over = parts.every((p) => p.over > 0);
  return (
    <p class="counter-line">
      <span class={over ? 'counter over' : 'counter'} data-rapport="sidepanel-counter" data-over={over ? 'true' : 'false'}
        role="status" aria-live="polite" aria-atomic="true">
        {parts.map((part, i) => (
          <span key={part.limit} class={part.over > 0 ? 'part over' : 'part'} data-limit={part.limit}>
            {i > 0 && ' · '}
            {`${part.used}/${part.limit}`}
            {part.account && ` ${t(accountKey[part.account])}`}
          </span>
        ))}
      </span>
    </p>
  );
}

/** One sentence about the limits the note is over, or null when it fits them all. */
export function overLimitMessage(parts: CountedPart[]): string | null {
  const over = parts.filter((p) => p.over > 0);
  const first = over[0];
  if (!first) return null;
  if (over.length < parts.length && first.account === 'free') return t('sidepanel_over_free', first.over, first.limit);
  const last = over[over.length - 1] ?? first;
  return t('sidepanel_over', last.over);
}
