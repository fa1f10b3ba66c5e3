// The writing-help suggestions, shared by the composer in LinkedIn's dialog and the side panel:
// each candidate with what changed (a word diff), its count against the limit, the coach's
// warnings about it, and a button to use it. Nothing is used unless the person picks it.
// Plain text only: every part is a text node (never markup from strings).
import type { DiffPart } from '../../core/ai/diff';

export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

export interface CandidateView {
  text: string;
  count: number;
  trimmed: boolean;
  diff: DiffPart[];
  /** The coach's warnings about this candidate (empty when it has none). */
  warnings: string[];
}

interface CandidatesProps {
  candidates: CandidateView[];
  limit: number;
  t: Translate;
  onUse(text: string): void;
  onDismiss(): void;
  /** `data-part` inside the composer's closed root (nothing there may name Rapport). */
  attribute?: 'data-rapport' | 'data-part';
  /** Wraps click handlers (the composer acts only on trusted events). */
  guard?: <E extends Event>(handler: (event: E) => void) => (event: E) => void;
}

const asIs = <E extends Event>(handler: (event: E) => void) => handler;

function Diff({ parts, attribute }: { parts: DiffPart[]; attribute: string }) {
  return (
    <p class="ai-diff" {...{ [attribute]: 'ai-diff' }}>
      {parts.map((part) => (part.kind === 'added' ? <ins>{part.text}</ins> : part.kind === 'removed' ? <del>{part.text}</del> : <span>{part.text}</span>))}
    </p>
  );
}

export function Candidates({ candidates, limit, t, onUse, onDismiss, attribute = 'data-rapport', guard = asIs }: CandidatesProps) {
  const part = (name: string) => ({ [attribute]: name });
  return (
    <div class="ai-candidates" {...part('ai-candidates')}>
      <ol aria-label={t('ai_candidates')}>
        {candidates.map((c, i) => (
          <li key={c.text} class="ai-candidate" {...part('ai-candidate')} data-count={c.count} data-flagged={c.warnings.length > 0 ? 'true' : 'false'}>
            <Diff parts={c.diff} attribute={attribute} />
            <div class="ai-row">
              <span class={c.count > limit ? 'counter over' : 'counter'} {...part('ai-count')}>{`${c.count}/${limit}`}</span>
              <button type="button" {...part('ai-use')} aria-label={`${t('ai_use')} (${i + 1})`} onClick={guard(() => onUse(c.text))}>{t('ai_use')}</button>
            </div>
            {c.trimmed && <p class="muted small">{t('ai_trimmed')}</p>}
            {c.warnings.map((w) => <p class="ai-flag" {...part('ai-flag')}>{t('ai_coach_flag', w)}</p>)}
          </li>
        ))}
      </ol>
      <button type="button" class="link" {...part('ai-dismiss')} onClick={guard(onDismiss)}>{t('ai_none')}</button>
    </div>
  );
}

/** The sentence for a request that did not end with candidates (timeout, cancel, failure). */
export function outcomeMessageKey(outcome: string, candidates: number): string | null {
  if (outcome === 'timeout') return 'ai_outcome_timeout';
  if (outcome === 'cancelled') return 'ai_outcome_cancelled';
  if (outcome !== 'done') return 'ai_outcome_failed';
  return candidates === 0 ? 'ai_outcome_empty' : null;
}
