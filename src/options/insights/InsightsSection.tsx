// Insights: what works for this person — acceptance and replies by template, note length,
// talking point, coach score and weekday; how long acceptances take; how many go out each week.
// Computed here from the person's own invitations; nothing leaves the browser.
import { useMemo } from 'preact/hooks';
import { computeInsights, localTimeZone, MIN_COUNT } from '../../core/insights';
import { t } from '../i18n';
import { StatusLine } from '../ui/StatusLine';
import { InsightsView } from './InsightsView';
import { useInsightsData } from './use-insights-data';
import './insights.css';

export function InsightsSection() {
  const { data, error } = useInsightsData();
  // Invitations do not yet record whether a talking point was used (issue 20); when they do,
  // it is passed as `usedTalkingPoint` and the talking-point breakdown appears by itself.
  const insights = useMemo(() => data && computeInsights({
    invitations: data.invitations,
    templateIds: data.templates.map((tpl) => tpl.id),
    settings: data.settings,
    nowMs: Date.now(),
    timeZone: localTimeZone(),
  }), [data]);

  return (
    <section aria-labelledby="insights-title" data-rapport="insights-section">
      <h2 id="insights-title">{t('options_nav_insights')}</h2>
      <p class="muted">
        {t('options_ins_intro', { days: data?.settings.insightsMinAgeDays ?? 21, min: MIN_COUNT })} <a href="#settings">{t('options_ins_change_days')}</a>
      </p>
      {error && <StatusLine status={{ kind: 'error', ...error }} />}
      {!data && !error && <p role="status" aria-live="polite">{t('options_ins_loading')}</p>}
      {data && insights && (insights.total === 0
        ? <p class="muted" data-rapport="insights-empty">{t('options_ins_empty')}</p>
        : <InsightsView insights={insights} templates={data.templates} />)}
    </section>
  );
}
