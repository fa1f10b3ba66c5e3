// The coach's hints as a list: each says what to improve and, in one sentence, why (texts from
// src/core/coach). Used by the composer in LinkedIn's dialog, the side panel and the options
// preview; `[data-rapport="hint"]` on each item (`[data-part="hint"]` in the composer, whose
// closed root must carry nothing naming Rapport) is part of their contract.
import type { Hint } from '../../core/coach';

export function HintList({ hints, label, name, attribute = 'data-rapport' }: {
  hints: Hint[]; label: string; name?: string; attribute?: 'data-rapport' | 'data-part';
}) {
  if (hints.length === 0) return null;
  return (
    <ul class="hints" aria-label={label} {...{ [attribute]: name }}>
      {hints.map((h) => (
        <li key={h.id} class={`hint ${h.severity}`} {...{ [attribute]: 'hint' }} data-hint={h.id} data-severity={h.severity}>{h.message}</li>
      ))}
    </ul>
  );
}
