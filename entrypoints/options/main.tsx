import { render } from 'preact';
import { t, uiLanguage } from '@/utils/i18n';
import { SiteFixesPage } from './SiteFixesPage';
import './options.css';

document.documentElement.lang = uiLanguage();
document.title = `${t('fixesTitle')} · Lede`;
render(<SiteFixesPage />, document.getElementById('app')!);
