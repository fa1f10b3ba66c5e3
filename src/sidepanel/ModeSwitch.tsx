// Where Rapport helps with the note: in LinkedIn's invite dialog ('dialog', the default) or only
// here ('side-panel': nothing at all is added to LinkedIn's pages). One checkbox, saved at once.
import { useState } from 'preact/hooks';
import type { ComposerMode } from './client';
import { t } from '../shared/ui/i18n';

interface ModeSwitchProps {
  mode: ComposerMode;
  onChange(mode: ComposerMode): Promise<void>;
}

export function ModeSwitch({ mode, onChange }: ModeSwitchProps) {
  // The box shows the person's click at once; it goes back only if saving fails.
  const [saving, setSaving] = useState<ComposerMode | null>(null);
  const [failed, setFailed] = useState(false);
  const panelOnly = (saving ?? mode) === 'side-panel';

  const toggle = async (checked: boolean) => {
    const next: ComposerMode = checked ? 'side-panel' : 'dialog';
    setSaving(next);
    setFailed(false);
    try {
      await onChange(next);
    } catch {
      setFailed(true);
    } finally {
      setSaving(null);
    }
  };

  return (
    <section class="mode" aria-labelledby="sp-mode-title">
      <h2 id="sp-mode-title" class="section-title">{t('sidepanel_mode_title')}</h2>
      <label class="check">
        <input type="checkbox" data-rapport="sidepanel-mode" checked={panelOnly} disabled={saving !== null} aria-describedby="sp-mode-help"
          onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)} />
        <span>{t('sidepanel_mode_panel_only')}</span>
      </label>
      <p id="sp-mode-help" class="muted small" data-rapport="sidepanel-mode-help">
        {panelOnly ? t('sidepanel_mode_help_panel') : t('sidepanel_mode_help_dialog')}
      </p>
      {failed && <p class="error small" role="alert">{t('sidepanel_mode_failed')}</p>}
    </section>
  );
}
