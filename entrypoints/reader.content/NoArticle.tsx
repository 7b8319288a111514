import type { RunFailure } from '@/utils/inject';
import type { ReaderTheme } from '@/utils/settings';
import readerCss from '@/components/reader.css?inline';
import { t } from '@/components/i18n';
import { failureMessage, openLibrary } from './library-client';

export const MESSAGE_HEADING_ID = 'lede-message-title';

/** Said in the overlay when the page has no article, instead of an empty box. */
export function NoArticle({ reason, theme, onClose }: { reason: RunFailure; theme: ReaderTheme; onClose(): void }) {
  return (
    <div class="lede-root" data-theme={theme}>
      <style>{readerCss}</style>
      <div class="lede-toolbar">
        <button type="button" class="lede-button lede-close" aria-label={t('readerClose')} title={t('readerClose')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
        <span class="lede-toolbar-spacer" />
        <button type="button" class="lede-button" onClick={openLibrary}>
          {t('readerLibrary')}
        </button>
      </div>
      <div class="lede-message">
        <h1 id={MESSAGE_HEADING_ID}>{t(reason === 'page-too-large' ? 'pageTooLargeTitle' : 'noArticleTitle')}</h1>
        <p>{failureMessage(reason)}</p>
      </div>
    </div>
  );
}
