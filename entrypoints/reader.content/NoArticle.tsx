import { useMemo, useState } from 'preact/hooks';
import type { RunFailure } from '@/utils/inject';
import type { ReaderTheme } from '@/utils/settings';
import readerCss from '@/components/reader.css?inline';
import { t } from '@/utils/i18n';
import { failureMessage, openLibrary } from './library-client';
import noArticleCss from './no-article.css?inline';
import { copyText, pageDetails } from './page-details';

export const MESSAGE_HEADING_ID = 'lede-message-title';

/**
 * Said in the overlay when the page has no article, instead of an empty box: why, what Lede
 * looks for, the way to the saved articles, and the page's details to copy into a report.
 * In the overlay rather than the popup: it appears where the user clicked, in every browser
 * (a popup cannot always be opened from the background), and Esc or ✕ closes it like the reader.
 */
export function NoArticle({ reason, theme, onClose }: { reason: RunFailure; theme: ReaderTheme; onClose(): void }) {
  const details = useMemo(() => pageDetails(reason), [reason]);
  const [copied, setCopied] = useState<boolean | null>(null);
  const explains = reason === 'no-article' || reason === 'empty-page';
  return (
    <div class="lede-root" data-theme={theme}>
      <style>{readerCss}</style>
      <style>{noArticleCss}</style>
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
        <span class="lede-toolbar-spacer" />
        <button type="button" class="lede-button" onClick={openLibrary}>
          {t('readerLibrary')}
        </button>
      </div>
      <div class="lede-message">
        <h1 id={MESSAGE_HEADING_ID}>{t(reason === 'page-too-large' ? 'pageTooLargeTitle' : 'noArticleTitle')}</h1>
        <p>{failureMessage(reason)}</p>
        {explains && <p>{t('noArticleLookedFor')}</p>}
        <section class="lede-report" aria-labelledby="lede-report-title">
          <h2 id="lede-report-title">{t('noArticleReportTitle')}</h2>
          <p>{t('noArticleReportHint')}</p>
          <textarea readOnly aria-label={t('noArticleDetails')} value={details} rows={5} />
          <div class="lede-report-row">
            <button type="button" class="lede-button" onClick={() => void copyText(details).then(setCopied)}>
              {t('noArticleCopy')}
            </button>
            <span role="status">{copied === null ? '' : copied ? t('noArticleCopied') : t('noArticleCopyFailed')}</span>
          </div>
        </section>
      </div>
    </div>
  );
}
