// The one line under a chart: the group accepted most often against the one accepted least, among
// groups with enough invitations to tell. Says whether the gap is clear (the 80 % intervals do
// not overlap) so a lucky streak is not sold as a finding.
import type { GroupStats } from './rates';

export type Takeaway =
  | { kind: 'compare'; best: GroupStats; worst: GroupStats; clear: boolean }
  | { kind: 'single'; group: GroupStats }
  | { kind: 'too-few' };

type Measured = GroupStats & { acceptance: Extract<GroupStats['acceptance'], { kind: 'rate' }> };

export function takeawayOf(groups: readonly GroupStats[]): Takeaway {
  const measured = groups.filter((g): g is Measured => g.acceptance.kind === 'rate');
  if (measured.length === 0) return { kind: 'too-few' };
  if (measured.length === 1) return { kind: 'single', group: measured[0]! };
  // Highest rate first; at equal rates the larger group first, the better-supported number.
  const ranked = [...measured].sort((a, b) => b.acceptance.value - a.acceptance.value || b.counted - a.counted);
  const best = ranked[0]!;
  const worst = ranked[ranked.length - 1]!;
  return { kind: 'compare', best, worst, clear: best.acceptance.interval.low > worst.acceptance.interval.high };
}
