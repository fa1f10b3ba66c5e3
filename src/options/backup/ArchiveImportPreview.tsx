// What importing LinkedIn's own export would change: newly tracked invitations, who accepted
// (with the date), what was already known, and every row that was skipped or could not be
// matched, with the reason, so nothing is dropped silently.
import type { ArchivePlan, LinkedInImport } from '../archive';
import { t } from '../i18n';

const NAMES_LISTED = 50;
const SKIPPED_LISTED = 50;

export function ArchiveImportPreview({ plan, input }: { plan: ArchivePlan; input: LinkedInImport }) {
  const accepted = plan.accepted.slice(0, NAMES_LISTED);
  const skipped = plan.skipped.slice(0, SKIPPED_LISTED);
  return (
    <div class="import-preview" data-rapport="archive-preview">
      <h4>{t('options_imp_preview_title')}</h4>
      <p data-rapport="archive-summary">{plan.summary}</p>
      <p class="muted">
        {t('options_arc_files', { files: input.files.map((f) => f.name).join(', ') })}
        {input.notOpened > 0 && <> {t('options_arc_not_opened', { count: input.notOpened })}</>}
      </p>
      <ul>
        <li data-rapport="archive-new">{t('options_arc_new', { count: plan.newlyTracked.length })}</li>
        <li data-rapport="archive-accepted">{t('options_arc_accepted', { count: plan.accepted.length })}</li>
        <li data-rapport="archive-known">{t('options_arc_known', { count: plan.alreadyKnown })}</li>
        {plan.incomingCount > 0 && <li>{t('options_arc_incoming', { count: plan.incomingCount })}</li>}
        {plan.hiddenConnections > 0 && <li>{t('options_arc_hidden', { count: plan.hiddenConnections })}</li>}
      </ul>
      {accepted.length > 0 && (
        <details open={accepted.length <= 10}>
          <summary>{t('options_arc_accepted_list')}</summary>
          <ul data-rapport="archive-accepted-names">
            {accepted.map((person) => <li key={person.id}>{t('options_arc_accepted_on', { name: person.name || '—', date: person.connectedOn })}</li>)}
            {plan.accepted.length > accepted.length && <li>{t('options_arc_more', { count: plan.accepted.length - accepted.length })}</li>}
          </ul>
        </details>
      )}
      {plan.unmatchable.count > 0 && (
        <p class="warning" role="note" data-rapport="archive-unmatchable">
          {t('options_arc_unmatchable', { count: plan.unmatchable.count })} {plan.unmatchable.reason}
        </p>
      )}
      {skipped.length > 0 && (
        <details>
          <summary>{t('options_arc_skipped_list', { count: plan.skipped.length })}</summary>
          <ul data-rapport="archive-skipped">
            {skipped.map(({ row, reason }) => (
              <li key={`${row.file}-${row.record}`}>{t('options_arc_skipped_row', { file: row.file, record: row.record, reason })} <span class="muted">{row.preview}</span></li>
            ))}
            {plan.skipped.length > skipped.length && <li>{t('options_arc_more', { count: plan.skipped.length - skipped.length })}</li>}
          </ul>
        </details>
      )}
    </div>
  );
}
