// The options page: a small nav and one section at a time (templates, settings, backup &
// import, history, insights). Every change goes to the background; nothing written here leaves the browser.
import { useEffect, useState } from 'preact/hooks';
import { AboutSection } from './about/AboutSection';
import { BackupSection } from './backup/BackupSection';
import { HistorySection } from './history/HistorySection';
import { InsightsSection } from './insights/InsightsSection';
import { t } from './i18n';
import { sectionFromHash, sectionIds, type SectionId } from './sections';
import { SettingsSection } from './settings/SettingsSection';
import { TemplatesSection } from './templates/TemplatesSection';

const views: Record<SectionId, () => preact.JSX.Element> = {
  templates: TemplatesSection,
  settings: SettingsSection,
  about: AboutSection,
  backup: BackupSection,
  history: HistorySection,
  insights: InsightsSection,
};

export function OptionsPage() {
  const [section, setSection] = useState<SectionId>(() => sectionFromHash(location.hash));

  useEffect(() => {
    const onHash = () => setSection(sectionFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = `${t(`options_nav_${section}`)} — Rapport`;
  }, [section]);

  const View = views[section];
  return (
    <div class="page">
      <header class="page-head">
        <h1 id="options-title">Rapport</h1>
        <p class="muted">{t('options_tagline')}</p>
        <nav aria-label={t('options_nav_label')}>
          <ul>
            {sectionIds.map((id) => (
              <li key={id}>
                <a href={`#${id}`} aria-current={id === section ? 'page' : undefined} data-rapport={`nav-${id}`}>{t(`options_nav_${id}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main aria-labelledby="options-title">
        <View key={section} />
      </main>
    </div>
  );
}
