// Insights drawn from computed numbers: the overall rates, one card per breakdown, the time to
// acceptance and the weekly rhythm. Kept apart from loading so it renders from data alone.
import type { Insights } from '../../core/insights';
import type { Template } from '../../core/schemas';
import { t } from '../i18n';
import { Histogram } from './Histogram';
import { InsightCard } from './InsightCard';
import { groupNamer, rateRangeText, rateText } from './labels';
import { RateChart, RateLegend } from './RateChart';
import { rateTable, takeawayText, timingTable, timingTakeaway, weeklyTable, weeklyTakeaway } from './tables';
import { WeeklyChart } from './WeeklyChart';

export function InsightsView({ insights, templates }: { insights: Insights; templates: readonly Template[] }) {
  const { overall } = insights;
  return (
    <div class="insights" data-rapport="insights-view">
      <p class="ins-overall" data-rapport="insight-overall">
        {t('options_ins_overall', {
          accepted: overall.accepted, counted: overall.counted, rate: rateText(overall.acceptance), range: rateRangeText(overall.acceptance),
          replied: overall.replied, replyRate: rateText(overall.reply), withdrawn: overall.withdrawn, recent: overall.tooRecent,
        })}
      </p>
      <RateLegend />
      {insights.breakdowns.map((breakdown) => {
        const name = groupNamer(breakdown.id, templates);
        return (
          <InsightCard key={breakdown.id} id={breakdown.id} title={t(`options_ins_title_${breakdown.id}`)}
            takeaway={takeawayText(breakdown, name)} table={rateTable(breakdown.groups, name)} wide
            chart={(labelledBy) => <RateChart groups={breakdown.groups} name={name} labelledBy={labelledBy} />} />
        );
      })}
      <InsightCard id="timing" title={t('options_ins_title_timing')} takeaway={timingTakeaway(insights.timing)} table={timingTable(insights.timing)}
        chart={(labelledBy) => <Histogram timing={insights.timing} labelledBy={labelledBy} />} />
      <InsightCard id="weekly" title={t('options_ins_title_weekly')} takeaway={weeklyTakeaway(insights.weekly, insights.weeklyBudget)}
        table={weeklyTable(insights.weekly, insights.weeklyBudget)}
        chart={(labelledBy) => <WeeklyChart weekly={insights.weekly} budget={insights.weeklyBudget} labelledBy={labelledBy} />} />
    </div>
  );
}
