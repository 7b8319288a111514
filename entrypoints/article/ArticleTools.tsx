import { t } from '@/utils/i18n';
import type { ReaderTheme } from '@/utils/settings';
import type { SavedArticle } from '@/utils/library/db';
import { downloadText, fileSlug } from '@/utils/library/download';
import { articlesToHtml } from '@/utils/library/html-export';
import { articleToMarkdown, browserParse } from '@/utils/library/markdown';
import { highlightsOf } from '@/utils/library/highlights';
import { withHighlightMarks } from '@/utils/library/highlight-marks';
import { picturesByArticle } from '@/utils/library/pictures';

/** Under the saved article: download it alone, as Markdown or as HTML with its kept pictures. */
export function ArticleTools({ record, theme }: { record: SavedArticle; theme: ReaderTheme }) {
  const name = fileSlug(record.article.title, 'article');
  const labels = { source: t('libSource') };
  // The article with its highlights marked in the body (and, in Markdown, listed at the top).
  const marked = async () => {
    const highlights = await highlightsOf(record.id);
    const [withMarks] = await withHighlightMarks([record], highlights, browserParse);
    return { record: withMarks!, highlights };
  };
  return (
    <nav class="reader-tools lede-root" data-theme={theme} aria-label={t('libMenu')}>
      <button
        type="button"
        onClick={() =>
          void marked().then(({ record: shown, highlights }) =>
            downloadText(
              `${name}.md`,
              'text/markdown',
              articleToMarkdown(shown.article, browserParse, highlights, t('hlViewHighlights')),
            ),
          )
        }
      >
        {t('libExportArticleMarkdown')}
      </button>
      <button
        type="button"
        onClick={() =>
          void Promise.all([picturesByArticle([record.id]), marked()]).then(([pictures, { record: shown }]) =>
            downloadText(`${name}.html`, 'text/html', articlesToHtml([shown], labels, record.article.title, pictures)),
          )
        }
      >
        {t('libExportArticleHtml')}
      </button>
    </nav>
  );
}
