// Backup & import: export, the one import for every kind of file, records that could not be
// read, and deleting everything.
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { DeleteAllPanel } from './DeleteAllPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { QuarantinePanel } from './QuarantinePanel';

export function BackupSection() {
  // Bumped after an import or a delete, so the quarantine list is read again.
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  return (
    <section aria-labelledby="backup-title" data-rapport="backup-section">
      <h2 id="backup-title">{t('options_nav_backup')}</h2>
      <p class="muted">{t('options_backup_intro')}</p>
      <QuarantinePanel refresh={changes} />
      <ExportPanel />
      <ImportPanel onApplied={changed} />
      <DeleteAllPanel onDeleted={changed} />
    </section>
  );
}
