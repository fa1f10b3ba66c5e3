// Invitations per week as a line, with the person's weekly budget as a dashed line across.
import type { WeeklyCounts } from '../../core/insights';
import { t } from '../i18n';
import { dayText } from './labels';

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 40;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 30;

export function WeeklyChart({ weekly, budget, labelledBy }: { weekly: WeeklyCounts; budget: number; labelledBy: string }) {
  const { weeks } = weekly;
  const top = Math.max(budget, ...weeks.map((w) => w.count)) * 1.15;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const x = (i: number) => LEFT + (weeks.length > 1 ? (i / (weeks.length - 1)) * plotWidth : plotWidth / 2);
  const y = (value: number) => HEIGHT - BOTTOM - (value / top) * (HEIGHT - TOP - BOTTOM);
  const points = weeks.map((w, i) => `${x(i).toFixed(1)},${y(w.count).toFixed(1)}`).join(' ');
  const last = weeks[weeks.length - 1];
  return (
    <svg class="ins-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-labelledby={labelledBy} data-rapport="insight-chart">
      <line class="ins-axis" x1={LEFT} x2={WIDTH - RIGHT} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
      <text class="ins-tick" x={LEFT - 6} y={HEIGHT - BOTTOM + 4} text-anchor="end">0</text>
      <line class="ins-budget" x1={LEFT} x2={WIDTH - RIGHT} y1={y(budget)} y2={y(budget)} data-rapport="insight-budget-line" />
      <text class="ins-budget-label" x={WIDTH - RIGHT} y={y(budget) - 5} text-anchor="end">{t('options_ins_budget_line', { budget })}</text>
      <text class="ins-tick" x={LEFT - 6} y={y(budget) + 4} text-anchor="end">{budget}</text>
      <polyline class="ins-line" points={points} />
      {weeks.length <= 30 && weeks.map((w, i) => <circle key={w.monday} class="ins-point" cx={x(i)} cy={y(w.count)} r={3} />)}
      {weeks[0] && <text class="ins-tick" x={LEFT} y={HEIGHT - 8} text-anchor="start">{dayText(weeks[0].monday)}</text>}
      {last && weeks.length > 1 && <text class="ins-tick" x={WIDTH - RIGHT} y={HEIGHT - 8} text-anchor="end">{dayText(last.monday)}</text>}
    </svg>
  );
}
