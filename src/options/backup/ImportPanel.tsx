// One file input for every import: a Rapport backup (.json), LinkedIn's export (.zip) or one
// of its CSV files. What the file is, is decided by its content, never by its name.
import { useRef } from 'preact/hooks';
import { t } from '../i18n';
import { StatusLine } from '../ui/StatusLine';
import { ArchiveImportPreview } from './ArchiveImportPreview';
import { BackupImportPreview, BackupModeChoice } from './BackupImportPreview';
import { planIsEmpty } from './archive-apply';
import { useImport } from './use-import';

export function ImportPanel({ onApplied }: { onApplied(): void }) {
  const { state, pick, apply, setMode, cancel } = useImport(onApplied);
  const input = useRef<HTMLInputElement>(null);

  // The input keeps showing the file its preview describes. It is cleared when the picker opens (so
  // choosing the same file again is a new pick) and on Cancel, when there is no preview any more.
  const onChange = (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) void pick(file);
  };
  const clear = () => {
    if (input.current) input.current.value = '';
  };

  const canApply =
    (state.step === 'backup' && state.summary !== null) || (state.step === 'archive' && !planIsEmpty(state.plan));

  return (
    <div class="panel" data-rapport="import-panel">
      <h3 id="import-title">{t('options_imp_title')}</h3>
      <p class="muted">{t('options_imp_intro')}</p>
      <label class="file-pick">
        {t('options_imp_choose')}
        <input ref={input} type="file" accept=".json,.csv,.zip" onClick={clear} onChange={onChange} data-rapport="import-file" />
      </label>

      {state.step === 'working' && <p role="status" aria-live="polite" data-rapport="import-working">{state.message}</p>}
      {state.step === 'error' && <StatusLine status={{ kind: 'error', message: state.message, details: state.details }} />}
      {state.step === 'done' && <StatusLine status={{ kind: 'ok', message: state.message }} />}

      {state.step === 'backup' && (
        <div data-rapport="import-backup">
          <p>{t('options_imp_backup_found', { name: state.file })}</p>
          <BackupModeChoice mode={state.mode} onChange={setMode} />
          {state.summary ? <BackupImportPreview summary={state.summary} text={state.text} /> : <p role="status">{t('options_imp_previewing')}</p>}
        </div>
      )}
      {state.step === 'archive' && (
        <div data-rapport="import-archive">
          <p>{t('options_imp_archive_found', { name: state.file })}</p>
          <ArchiveImportPreview plan={state.plan} input={state.input} />
          {planIsEmpty(state.plan) && <p role="status" data-rapport="import-nothing">{t('options_imp_nothing')}</p>}
        </div>
      )}
      {(state.step === 'backup' || state.step === 'archive') && (
        <div class="actions">
          <button type="button" class="primary" disabled={!canApply} onClick={() => void apply()} data-rapport="import-apply">{t('options_imp_apply')}</button>
          <button type="button" onClick={() => { cancel(); clear(); input.current?.focus(); }} data-rapport="import-cancel">{t('options_cancel')}</button>
        </div>
      )}
    </div>
  );
}
