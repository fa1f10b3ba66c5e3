// Days from invitation to acceptance as a histogram: one column per bin, its count on top.
import type { AcceptanceTiming } from '../../core/insights';
import { binLabel } from './tables';

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 12;
const BOTTOM = 34;
const TOP = 20;

export function Histogram({ timing, labelledBy }: { timing: AcceptanceTiming; labelledBy: string }) {
  const max = Math.max(1, ...timing.bins.map((b) => b.count));
  const slot = (WIDTH - 2 * LEFT) / timing.bins.length;
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <svg class="ins-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-labelledby={labelledBy} data-rapport="insight-chart">
      <line class="ins-axis" x1={LEFT} x2={WIDTH - LEFT} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
      {timing.bins.map((bin, i) => {
        const height = (bin.count / max) * plot;
        const left = LEFT + i * slot;
        const top = HEIGHT - BOTTOM - height;
        return (
          <g key={bin.from}>
            <rect class="ins-bar-accept" x={left + 6} y={top} width={slot - 12} height={height} rx={2} />
            <text class="ins-tick" x={left + slot / 2} y={top - 5} text-anchor="middle">{bin.count}</text>
            <text class="ins-tick" x={left + slot / 2} y={HEIGHT - BOTTOM + 16} text-anchor="middle">{binLabel(bin)}</text>
          </g>
        );
      })}
    </svg>
  );
}
