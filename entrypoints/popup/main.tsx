import { render } from 'preact';
import { t, uiLanguage } from '@/utils/i18n';
import { App } from './App';
import './popup.css';

document.documentElement.lang = uiLanguage();
document.title = t('libTitle');
render(<App />, document.getElementById('app')!);
