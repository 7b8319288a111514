import { render } from 'preact';
import { uiLanguage } from '@/components/i18n';
import { ReaderPage } from './ReaderPage';
import './reader-page.css';

document.documentElement.lang = uiLanguage();
const id = new URLSearchParams(location.search).get('id') ?? '';
render(<ReaderPage id={id} />, document.getElementById('app')!);
