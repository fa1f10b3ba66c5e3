// The table behind each chart, as text cells: the page shows exactly these cells and the CSV
// export writes exactly these cells, so the two cannot disagree.
import type { TableData } from '../../core/insights/csv';
import type { AcceptanceTiming, Breakdown, GroupStats, Takeaway, WeeklyCounts } from '../../core/insights';
import { t } from '../i18n';
import { dayText, percent, rangeText, rateRangeText, rateText, subjectOf, type Namer } from './labels';

const count = (n: number) => String(n);

export function rateTable(groups: readonly GroupStats[], name: Namer): TableData {
  return {
    head: [
      t('options_ins_col_group'), t('options_ins_col_counted'), t('options_ins_col_accepted'), t('options_ins_col_acceptance'),
      t('options_ins_col_accept_range'), t('options_ins_col_replied'), t('options_ins_col_reply'), t('options_ins_col_reply_range'),
      t('options_ins_col_withdrawn'), t('options_ins_col_recent'),
    ],
    rows: groups.map((g) => [
      name(g.key), count(g.counted), count(g.accepted), rateText(g.acceptance), rateRangeText(g.acceptance),
      count(g.replied), rateText(g.reply), rateRangeText(g.reply), count(g.withdrawn), count(g.tooRecent),
    ]),
  };
}

export function binLabel(bin: { from: number; to: number | null }): string {
  return bin.to === null ? t('options_ins_bin_open', { from: bin.from }) : t('options_ins_bin', { from: bin.from, to: bin.to });
}

export function timingTable(timing: AcceptanceTiming): TableData {
  return {
    head: [t('options_ins_col_days'), t('options_ins_col_accepted')],
    rows: timing.bins.map((bin) => [binLabel(bin), count(bin.count)]),
  };
}

export function weeklyTable(weekly: WeeklyCounts, budget: number): TableData {
  return {
    head: [t('options_ins_col_week'), t('options_ins_col_sent'), t('options_ins_col_budget')],
    rows: weekly.weeks.map((week) => [dayText(week.monday), count(week.count), count(budget)]),
  };
}

/** The one line under a rate chart. */
export function takeawayText(breakdown: Breakdown, name: Namer): string {
  const takeaway: Takeaway = breakdown.takeaway;
  if (takeaway.kind === 'too-few') return t('options_ins_takeaway_too_few');
  if (takeaway.kind === 'single') {
    const { group } = takeaway;
    if (group.acceptance.kind !== 'rate') return t('options_ins_takeaway_too_few');
    return t('options_ins_takeaway_single', {
      subject: subjectOf(breakdown.id, group.key, name(group.key)), rate: percent(group.acceptance.value),
      range: rangeText(group.acceptance.interval), count: group.counted,
    });
  }
  const { best, worst, clear } = takeaway;
  if (best.acceptance.kind !== 'rate' || worst.acceptance.kind !== 'rate') return t('options_ins_takeaway_too_few');
  const line = t('options_ins_takeaway_compare', {
    subject: subjectOf(breakdown.id, best.key, name(best.key)), bestRate: percent(best.acceptance.value),
    worstRate: percent(worst.acceptance.value), worst: name(worst.key), bestCount: best.counted, worstCount: worst.counted,
  });
  return clear ? line : `${line} ${t('options_ins_takeaway_overlap')}`;
}

export function timingTakeaway(timing: AcceptanceTiming): string {
  if (timing.medianDays === null) return t('options_ins_timing_none');
  return t('options_ins_timing_median', { days: timing.medianDays, count: timing.dated });
}

export function weeklyTakeaway(weekly: WeeklyCounts, budget: number): string {
  if (weekly.weeks.length === 0) return t('options_ins_weekly_none');
  const over = weekly.weeks.filter((w) => w.count > budget).length;
  const busiest = Math.max(...weekly.weeks.map((w) => w.count));
  return over > 0
    ? t('options_ins_weekly_over', { over, weeks: weekly.weeks.length, budget })
    : t('options_ins_weekly_within', { busiest, weeks: weekly.weeks.length, budget });
}
