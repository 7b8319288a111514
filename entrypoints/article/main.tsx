import { render } from 'preact';
import { uiLanguage } from '@/utils/i18n';
import { UnreadPlaylist } from '@/components/listen/UnreadPlaylist';
import { ArticlePage } from './ArticlePage';
import './article-page.css';

document.documentElement.lang = uiLanguage();
const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
render(
  params.get('listen') === 'unread' ? <UnreadPlaylist first={id || null} /> : <ArticlePage id={id} />,
  document.getElementById('app')!,
);
