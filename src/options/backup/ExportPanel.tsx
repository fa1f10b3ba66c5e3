// Export everything as a JSON backup (re-importable) or a CSV of the invitations (for a
// spreadsheet). The file is built by the background and saved locally.
import { send } from '../../shared/send';
import { t } from '../i18n';
import { StatusLine } from '../ui/StatusLine';
import { useAction } from '../ui/use-action';
import { downloadText } from './download';

export function ExportPanel() {
  const { status, busy, run } = useAction();

  const exportAs = (format: 'json' | 'csv') =>
    run(async () => {
      const file = await send({ type: 'backup.export', format });
      downloadText(file.filename, file.mime, file.text);
      return file;
    }, (file) => t('options_exp_done', { name: file.filename }));

  return (
    <div class="panel" data-rapport="export-panel">
      <h3>{t('options_exp_title')}</h3>
      <p class="muted">{t('options_exp_intro')}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void exportAs('json')} data-rapport="export-json">{t('options_exp_json')}</button>
        <button type="button" disabled={busy} onClick={() => void exportAs('csv')} data-rapport="export-csv">{t('options_exp_csv')}</button>
      </div>
      <StatusLine status={status} />
    </div>
  );
}
