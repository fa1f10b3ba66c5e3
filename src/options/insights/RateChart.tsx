// Acceptance and reply rates as horizontal bars, each with a whisker over its 80 % range. A group
// with too few invitations gets no bar at all, only the words: a bar would look like a finding.
import type { GroupStats, Rate } from '../../core/insights';
import { t } from '../i18n';
import { percent } from './labels';
import type { Namer } from './labels';

const WIDTH = 640;
const LABEL = 180;
const RIGHT = 20;
const TOP = 22;
const ROW = 40;
const PLOT = WIDTH - LABEL - RIGHT;
const ticks = [0, 0.25, 0.5, 0.75, 1];

const x = (value: number) => LABEL + value * PLOT;
const short = (text: string) => (text.length > 26 ? `${text.slice(0, 25)}…` : text);

function Bar({ rate, y, height, kind }: { rate: Rate; y: number; height: number; kind: 'accept' | 'reply' }) {
  if (rate.kind !== 'rate') return null;
  const middle = y + height / 2;
  const { low, high } = rate.interval;
  return (
    <g>
      <rect class={`ins-bar-${kind}`} x={LABEL} y={y} width={Math.max(1, rate.value * PLOT)} height={height} rx={2} />
      <line class="ins-whisker" x1={x(low)} x2={x(high)} y1={middle} y2={middle} />
      <line class="ins-whisker" x1={x(low)} x2={x(low)} y1={y - 2} y2={y + height + 2} />
      <line class="ins-whisker" x1={x(high)} x2={x(high)} y1={y - 2} y2={y + height + 2} />
    </g>
  );
}

export function RateChart({ groups, name, labelledBy }: { groups: readonly GroupStats[]; name: Namer; labelledBy: string }) {
  const height = TOP + groups.length * ROW + 6;
  return (
    <svg class="ins-chart" viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-labelledby={labelledBy} data-rapport="insight-chart">
      {ticks.map((tick) => (
        <g key={tick}>
          <line class="ins-grid" x1={x(tick)} x2={x(tick)} y1={TOP - 4} y2={height - 4} />
          <text class="ins-tick" x={x(tick)} y={TOP - 8} text-anchor="middle">{percent(tick)}</text>
        </g>
      ))}
      {groups.map((group, i) => {
        const y = TOP + i * ROW;
        const label = name(group.key);
        return (
          <g key={group.key} data-rapport="insight-bar-group">
            <text class="ins-label" x={LABEL - 8} y={y + 18} text-anchor="end">
              <title>{label}</title>
              {short(label)}
            </text>
            {group.acceptance.kind === 'rate' ? (
              <>
                <Bar rate={group.acceptance} y={y + 6} height={13} kind="accept" />
                <Bar rate={group.reply} y={y + 23} height={8} kind="reply" />
              </>
            ) : (
              <text class="ins-too-few" x={LABEL + 6} y={y + 18}>{t('options_ins_too_few_count', { count: group.counted })}</text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

export function RateLegend() {
  return (
    <p class="ins-legend muted">
      <span class="ins-key ins-key-accept" aria-hidden="true" /> {t('options_ins_legend_accept')}
      <span class="ins-key ins-key-reply" aria-hidden="true" /> {t('options_ins_legend_reply')}
      <span class="ins-key ins-key-whisker" aria-hidden="true" /> {t('options_ins_legend_range')}
    </p>
  );
}
