import { t } from '@/utils/i18n';
import { allArticles } from '@/utils/library/articles';
import { exportLibrary } from '@/utils/library/backup';
import { dateStamp, downloadText } from '@/utils/library/download';
import { articlesToHtml } from '@/utils/library/html-export';
import { articlesToMarkdown, browserParse } from '@/utils/library/markdown';
import { allHighlights } from '@/utils/library/highlights';
import { groupByArticle, withHighlightMarks } from '@/utils/library/highlight-marks';
import { picturesByArticle } from '@/utils/library/pictures';

export type ExportKind = 'json' | 'md' | 'html';

/** Downloads the whole library in one of the three formats, newest saved first. Throws on failure. */
export async function exportLibraryAs(kind: ExportKind, withPictures = false): Promise<void> {
  const name = `lede-library-${dateStamp()}`;
  if (kind === 'json')
    return downloadText(
      `${name}.json`,
      'application/json',
      await exportLibrary(new Date(), { pictures: withPictures }),
    );
  const highlights = await allHighlights();
  // Highlights marked in each body, with their notes; the Markdown also lists them at the top.
  const records = await withHighlightMarks(
    (await allArticles()).sort((a, b) => b.savedAt.localeCompare(a.savedAt)),
    highlights,
    browserParse,
  );
  const labels = { source: t('libSource') };
  if (kind === 'md')
    downloadText(
      `${name}.md`,
      'text/markdown',
      articlesToMarkdown(records, browserParse, groupByArticle(highlights), t('hlViewHighlights')),
    );
  else
    downloadText(
      `${name}.html`,
      'text/html',
      articlesToHtml(records, labels, t('libTitle'), await picturesByArticle(records.map((r) => r.id))),
    );
}
