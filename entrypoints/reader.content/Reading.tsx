import type { ReaderTheme } from '@/utils/settings';
import readerCss from '@/components/reader.css?inline';
import { t } from '@/utils/i18n';
import { MESSAGE_HEADING_ID } from './NoArticle';

/**
 * Shown when reading a page outlasts the first budget: the click gets an answer at once, and the
 * user can close it (which stops the work) instead of waiting on nothing.
 */
export function Reading({ theme, onClose }: { theme: ReaderTheme; onClose(): void }) {
  return (
    <div class="lede-root" data-theme={theme}>
      <style>{readerCss}</style>
      <div class="lede-toolbar">
        <button
          type="button"
          class="lede-button lede-close"
          aria-label={t('readerClose')}
          title={t('readerClose')}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="lede-message lede-reading" role="status" aria-busy="true">
        <h1 id={MESSAGE_HEADING_ID}>{t('readingLongTitle')}</h1>
        <p>{t('readingLongText')}</p>
      </div>
    </div>
  );
}
