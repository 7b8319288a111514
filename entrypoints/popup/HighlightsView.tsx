import { useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { dateStamp, downloadText } from '@/utils/library/download';
import { highlightMatches } from '@/utils/library/highlight-search';
import { highlightsToMarkdown } from '@/utils/library/highlights-markdown';
import { useAllHighlights } from './useAllHighlights';

/**
 * The popup's Highlights view: every highlight across the library, newest first, with its note,
 * article and colour; searchable like the list; a click opens the article at the passage, and one
 * button exports them all as a Markdown file.
 */
export function HighlightsView(props: {
  onOpen(articleId: string, highlightId: string): void;
  fail(error: unknown): void;
}) {
  const listed = useAllHighlights(props.fail);
  const [query, setQuery] = useState('');
  const shown = useMemo(
    () =>
      listed?.filter(({ highlight, article }) =>
        highlightMatches([highlight.text, highlight.note, article.title, article.siteName ?? ''], query),
      ) ?? null,
    [listed, query],
  );

  const exportAll = () => {
    const articles = new Map(listed?.map(({ article }) => [article.id, article]));
    const markdown = highlightsToMarkdown(listed?.map((l) => l.highlight) ?? [], articles, t('hlExportTitle'));
    downloadText(`lede-highlights-${dateStamp()}.md`, 'text/markdown', markdown);
  };

  return (
    <section class="lib-highlights" aria-label={t('hlViewLabel')}>
      <div class="lib-controls">
        <input
          type="search"
          class="lib-search"
          aria-label={t('hlSearchLabel')}
          placeholder={t('hlSearchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button type="button" class="lib-hl-export" disabled={!listed?.length} onClick={exportAll}>
          {t('hlExport')}
        </button>
      </div>
      <p class="lib-count" aria-live="polite">
        {shown && listed && listed.length > 0 ? t('hlViewCount', [String(shown.length), String(listed.length)]) : ''}
      </p>
      {listed === null ? (
        <p class="lib-empty">{t('libLoading')}</p>
      ) : listed.length === 0 ? (
        <p class="lib-empty">{t('hlViewEmpty')}</p>
      ) : (
        <ul class="lib-hl-list">
          {shown?.map(({ highlight, article }) => (
            <li key={highlight.id}>
              <button type="button" onClick={() => props.onOpen(article.id, highlight.id)}>
                <span class={`lib-hl-swatch lib-hl-${highlight.color}`} aria-hidden="true" />
                <q>{highlight.text}</q>
                {highlight.note && <span class="lib-hl-note">{highlight.note}</span>}
                <span class="lib-hl-source">
                  {article.title}
                  {article.siteName ? ` · ${article.siteName}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
