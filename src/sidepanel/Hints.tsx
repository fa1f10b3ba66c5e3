// The coach's hints for the note: each says what to improve and why (texts from src/core/coach).
import type { Hint } from '../core/coach';
import { t } from '../shared/ui/i18n';

export function Hints({ hints }: { hints: Hint[] }) {
  if (hints.length === 0) return null;
  return (
    <ul class="hints" aria-label={t('sidepanel_hints')} data-rapport="sidepanel-hints">
      {hints.map((h) => (
        <li key={h.id} class={`hint ${h.severity}`} data-hint={h.id} data-severity={h.severity}>{h.message}</li>
      ))}
    </ul>
  );
}
