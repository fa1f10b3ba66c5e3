import { render } from 'preact';
import { backgroundClient } from './client';
import { SidePanel } from './SidePanel';
import { t, uiLanguage } from '../shared/ui/i18n';

document.documentElement.lang = uiLanguage();
document.title = t('sidepanel_doc_title');
render(<SidePanel client={backgroundClient} />, document.getElementById('app')!);
