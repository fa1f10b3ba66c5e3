// What importing a Rapport backup would change, for the mode the person chose, and which of its
// templates have errors (core/template/validity.ts decides; they are imported, never dropped).
import { useEffect, useState } from 'preact/hooks';
import { parseBackup } from '../../core/backup/parse';
import { templatesWithErrors } from '../../core/template';
import type { ImportMode, ImportSummary } from '../../shared/messages';
import { t } from '../i18n';

export function BackupModeChoice({ mode, onChange }: { mode: ImportMode; onChange(mode: ImportMode): void }) {
  return (
    <fieldset class="mode-choice" data-rapport="import-mode">
      <legend>{t('options_imp_mode_legend')}</legend>
      <label>
        <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => onChange('merge')} data-rapport="import-mode-merge" />
        {t('options_imp_mode_merge')}
      </label>
      <label>
        <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => onChange('replace')} data-rapport="import-mode-replace" />
        {t('options_imp_mode_replace')}
      </label>
    </fieldset>
  );
}

export function BackupImportPreview({ summary, text }: { summary: ImportSummary; text: string }) {
  const { templates: tpl, invitations: inv } = summary;
  const [broken, setBroken] = useState<ReturnType<typeof templatesWithErrors>>([]);
  useEffect(() => {
    let current = true;
    void parseBackup(text).then((parsed) => {
      if (current) setBroken(parsed.ok ? templatesWithErrors(parsed.backup.templates) : []);
    });
    return () => {
      current = false;
    };
  }, [text]);
  return (
    <div class="import-preview" data-rapport="backup-preview">
      <h4>{t('options_imp_preview_title')}</h4>
      <ul>
        <li data-rapport="preview-invitations">
          {t('options_imp_preview_invitations', { added: inv.added, updated: inv.updated, duplicates: inv.duplicates, removed: inv.removed })}
        </li>
        <li data-rapport="preview-templates">
          {t('options_imp_preview_templates', { added: tpl.added, updated: tpl.updated, unchanged: tpl.unchanged, removed: tpl.removed })}
        </li>
        {summary.corrections && summary.corrections.added + summary.corrections.updated + summary.corrections.removed > 0 && (
          <li data-rapport="preview-corrections">{t('options_imp_preview_corrections', { ...summary.corrections })}</li>
        )}
        <li data-rapport="preview-settings">
          {summary.settingsChanged.length > 0
            ? t('options_imp_preview_settings', { names: summary.settingsChanged.join(', ') })
            : t('options_imp_preview_settings_none')}
        </li>
      </ul>
      {summary.mode === 'replace' && (inv.removed > 0 || tpl.removed > 0) && (
        <p class="warning" role="note">{t('options_imp_replace_warning', { count: inv.removed + tpl.removed })}</p>
      )}
      {broken.length > 0 && (
        <div class="warning" role="note" data-rapport="preview-template-errors">
          <p>{t('options_imp_preview_template_errors', { count: broken.length })}</p>
          <ul>
            {broken.map(({ template, first }, index) => (
              <li key={index}>
                {t('options_imp_preview_template_error', { name: template.name, line: first.line, column: first.column, message: first.message })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
