import { render } from 'preact';
import { OptionsPage } from './OptionsPage';
import { uiLocale } from './i18n';
import './options.css';

document.documentElement.lang = uiLocale();
render(<OptionsPage />, document.getElementById('app')!);
