// Export everything as a JSON backup (re-importable) or a CSV of the invitations (for a
// spreadsheet). The file is built by the background and saved locally.
import { useState } from 'preact/hooks';
import { send } from '../../shared/send';
import { t } from '../i18n';
import { errorText } from '../ui/error-text';
import { StatusLine, type Status } from '../ui/StatusLine';
import { downloadText } from './download';

export function ExportPanel() {
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: 'json' | 'csv') => {
    setBusy(true);
    try {
      const file = await send({ type: 'backup.export', format });
      downloadText(file.filename, file.mime, file.text);
      setStatus({ kind: 'ok', message: t('options_exp_done', { name: file.filename }) });
    } catch (error) {
      setStatus({ kind: 'error', ...errorText(error) });
    } finally {
      setBusy(false);
    }
  };

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
