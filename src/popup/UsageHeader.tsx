// The popup's header: invitations sent this week against the person's own weekly budget, and
// personalized notes this month against the free-account quota.
import type { QueueSummary } from '../shared/messages';
import { meterFraction, meterLevel } from './format';
import { t } from './i18n';

function Meter(props: { id: string; label: string; used: number; limit: number }) {
  const level = meterLevel(props.used, props.limit);
  return (
    <div class={`meter ${level}`} data-rapport={props.id}>
      <div class="meter-text">
        <span id={`${props.id}-label`}>{props.label}</span>
        <span class="meter-value">{t('popup_usage_of', props.used, props.limit)}</span>
      </div>
      <div class="meter-bar" role="meter" aria-labelledby={`${props.id}-label`} aria-valuemin={0}
        aria-valuemax={props.limit} aria-valuenow={Math.min(props.used, props.limit)}
        aria-valuetext={t('popup_usage_of', props.used, props.limit)}>
        <div class="meter-fill" style={{ width: `${meterFraction(props.used, props.limit) * 100}%` }} />
      </div>
    </div>
  );
}

export function UsageHeader(props: { summary: QueueSummary | null }) {
  const s = props.summary;
  return (
    <header class="top">
      <h1 id="queue-title">{t('popup_title')}</h1>
      {s && (
        <div class="meters">
          <Meter id="usage-week" label={t('popup_usage_week')} used={s.sentThisWeek} limit={s.weeklyInviteBudget} />
          <Meter id="usage-month" label={t('popup_usage_month')} used={s.notesThisMonth} limit={s.monthlyNoteQuota} />
        </div>
      )}
    </header>
  );
}
