import './early';
import { render } from 'preact';
import { FollowUpQueue } from './FollowUpQueue';
import { t, uiLanguage } from './i18n';

document.documentElement.lang = uiLanguage();
document.title = t('popup_doc_title');
render(<FollowUpQueue />, document.getElementById('app')!);
