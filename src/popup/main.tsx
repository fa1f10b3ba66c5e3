import './early';
import { render } from 'preact';
import { FollowUpQueue } from './FollowUpQueue';
import { t, uiLanguage } from './i18n';
import { FIRST_FRAME_WAIT_MS, openingSettled } from './opening';

document.documentElement.lang = uiLanguage();
document.title = t('popup_doc_title');
// Drawn once the opening is answered (the list at once), or after a short wait with "Loading…".
void openingSettled(FIRST_FRAME_WAIT_MS).then(() => render(<FollowUpQueue />, document.getElementById('app')!));
