import { t } from '@/utils/i18n';
import type { ReaderTheme } from '@/utils/settings';
import type { SavedArticle } from '@/utils/library/db';
import { downloadText, fileSlug } from '@/utils/library/download';
import { articlesToHtml } from '@/utils/library/html-export';
import { articleToMarkdown } from '@/utils/library/markdown';
import { picturesByArticle } from '@/utils/library/pictures';

/** Under the saved article: download it alone, as Markdown or as HTML with its kept pictures. */
export function ArticleTools({ record, theme }: { record: SavedArticle; theme: ReaderTheme }) {
  const name = fileSlug(record.article.title, 'article');
  const labels = { source: t('libSource') };
  return (
    <nav class="reader-tools lede-root" data-theme={theme} aria-label={t('libMenu')}>
      <button
        type="button"
        onClick={() => downloadText(`${name}.md`, 'text/markdown', articleToMarkdown(record.article))}
      >
        {t('libExportArticleMarkdown')}
      </button>
      <button
        type="button"
        onClick={() =>
          void picturesByArticle([record.id]).then((pictures) =>
            downloadText(`${name}.html`, 'text/html', articlesToHtml([record], labels, record.article.title, pictures)),
          )
        }
      >
        {t('libExportArticleHtml')}
      </button>
    </nav>
  );
}
