// History: every tracked invitation, searchable by name or company and filterable by status;
// a wrong status can be corrected by hand.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { invitationStatuses, type InvitationStatus } from '../../core/schemas';
import type { InvitationView } from '../../shared/messages';
import { send } from '../../shared/send';
import { t, uiLocale } from '../i18n';
import { StatusLine } from '../ui/StatusLine';
import { useAction } from '../ui/use-action';
import { HistoryTable } from './HistoryTable';
import { useHistory } from './use-history';

const SEARCH_DELAY_MS = 200;

export function HistorySection() {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [statuses, setStatuses] = useState<InvitationStatus[]>([]);
  const { status, run } = useAction();
  const { total, rows, error, ensure, replace } = useHistory({ query, statuses });

  // Searching waits for a pause in typing, so each key press is not a request.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const toggle = (value: InvitationStatus) =>
    setStatuses((current) => (current.includes(value) ? current.filter((s) => s !== value) : [...current, value]));

  const changeStatus = useCallback(async (row: InvitationView, next: InvitationStatus) => {
    await run(async () => {
      const { invitation } = await send({ type: 'invitation.set-status', id: row.id, status: next });
      replace({ ...row, ...invitation });
    }, () => t('options_hist_status_changed', { name: row.name, status: t(`options_status_${next}`) }));
  }, [replace, run]);

  return (
    <section aria-labelledby="history-title" data-rapport="history-section">
      <h2 id="history-title">{t('options_nav_history')}</h2>
      <div class="history-controls">
        <label>
          {t('options_hist_search')}
          <input type="search" value={typed} placeholder={t('options_hist_search_placeholder')} data-rapport="history-search"
            onInput={(e) => setTyped(e.currentTarget.value)} />
        </label>
        <fieldset class="status-filter">
          <legend>{t('options_hist_filter')}</legend>
          {invitationStatuses.map((value) => (
            <label key={value}>
              <input type="checkbox" checked={statuses.includes(value)} onChange={() => toggle(value)} data-rapport={`history-filter-${value}`} />
              {t(`options_status_${value}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <p role="status" aria-live="polite" data-rapport="history-count">
        {total === null ? t('options_hist_loading') : t('options_hist_count', { count: total.toLocaleString(uiLocale()) })}
      </p>
      {error && <StatusLine status={{ kind: 'error', ...error }} />}
      <StatusLine status={status} />
      {total !== null && total > 0 && <HistoryTable total={total} rows={rows} onWindow={ensure} onStatus={(r, s) => void changeStatus(r, s)} />}
      {total === 0 && <p class="muted" data-rapport="history-empty">{query || statuses.length ? t('options_hist_none_match') : t('options_hist_empty')}</p>}
    </section>
  );
}
