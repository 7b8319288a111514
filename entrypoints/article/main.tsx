import { render } from 'preact';
import { uiLanguage } from '@/components/i18n';
import { ArticlePage } from './ArticlePage';
import './article-page.css';

document.documentElement.lang = uiLanguage();
const id = new URLSearchParams(location.search).get('id') ?? '';
render(<ArticlePage id={id} />, document.getElementById('app')!);
