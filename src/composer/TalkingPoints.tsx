// What you have in common with the person, as a short list under the composer's preview: each
// point says why it matters, and a click puts its phrase into the note at the cursor. Names come
// from web pages, so they are only ever rendered as text.
import type { TalkingPoint } from '../core/talking-points';
import { t } from './i18n';

/** Enough to choose from without crowding LinkedIn's dialog. */
export const SHOWN_POINTS = 3;

interface TalkingPointsProps {
  points: readonly TalkingPoint[];
  onInsert: ((point: TalkingPoint) => void) | null;
  /** `data-part` inside the composer's closed root (nothing there may name Rapport). */
  attribute?: 'data-rapport' | 'data-part';
  /** Wraps the click handler (the composer acts only on trusted events). */
  guard?: (handler: (event: Event) => void) => (event: Event) => void;
}

export function TalkingPoints({ points, onInsert, attribute = 'data-rapport', guard = (h) => h }: TalkingPointsProps) {
  if (points.length === 0) return null;
  return (
    <div class="points" {...{ [attribute]: 'talking-points' }}>
      <p class="muted" id="points-label">{t('composer_points')}</p>
      <ul aria-labelledby="points-label">
        {points.slice(0, SHOWN_POINTS).map((point) => (
          <li key={`${point.kind}:${point.subject}`}>
            <button type="button" {...{ [attribute]: 'talking-point' }} data-kind={point.kind} disabled={!onInsert}
              title={t('composer_point_insert_title')} onClick={guard(() => onInsert?.(point))}>
              {point.reason}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
