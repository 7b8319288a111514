import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

/** The id names no saved article (deleted in another tab, or a stale link). */
export function MissingArticle() {
  return (
    <main class="reader-missing">
      <p role="alert">{t('libReaderNotFound')}</p>
      <p>
        <a href={browser.runtime.getURL('/popup.html')}>{t('libReaderBackToList')}</a>
      </p>
    </main>
  );
}
