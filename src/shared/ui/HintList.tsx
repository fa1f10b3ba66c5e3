// The coach's hints as a list: each says what to improve and, in one sentence, why (texts from
// src/core/coach). Used by the composer in LinkedIn's dialog, the side panel and the options
// preview; `[data-rapport="hint"]` on each item is part of the composer's contract.
import type { Hint } from '../../core/coach';

export function HintList({ hints, label, name }: { hints: Hint[]; label: string; name?: string }) {
  if (hints.length === 0) return null;
  return (
    <ul class="hints" aria-label={label} data-rapport={name}>
      {hints.map((h) => (
        <li key={h.id} class={`hint ${h.severity}`} data-rapport="hint" data-hint={h.id} data-severity={h.severity}>{h.message}</li>
      ))}
    </ul>
  );
}
