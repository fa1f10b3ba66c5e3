// Coaching hints: each says what to improve and, in one sentence, why.
import type { Hint } from '../core/coach';
import { t } from './i18n';

export function Hints({ hints }: { hints: Hint[] }) {
  if (hints.length === 0) return null;
  return (
    <ul class="hints" aria-label={t('composer_hints')}>
      {hints.map((h) => (
        <li key={h.id} class={`hint ${h.severity}`} data-rapport="hint" data-hint={h.id} data-severity={h.severity}>{h.message}</li>
      ))}
    </ul>
  );
}
