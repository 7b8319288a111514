import { useEffect, useState } from 'preact/hooks';
import type { ArticleSummary, StoredHighlight } from '@/utils/library/db';
import { allHighlights } from '@/utils/library/highlights';
import { getSummaries } from '@/utils/library/list';

export interface ListedHighlight {
  highlight: StoredHighlight;
  article: ArticleSummary;
}

/** Every highlight of the library, newest first, each with its article's summary. */
export function useAllHighlights(fail: (error: unknown) => void): ListedHighlight[] | null {
  const [listed, setListed] = useState<ListedHighlight[] | null>(null);
  useEffect(() => {
    void (async () => {
      const highlights = await allHighlights();
      const summaries = await getSummaries([...new Set(highlights.map((h) => h.articleId))]);
      const byId = new Map(summaries.map((s) => [s.id, s]));
      setListed(
        highlights.flatMap((highlight) => {
          const article = byId.get(highlight.articleId);
          return article ? [{ highlight, article }] : [];
        }),
      );
    })().catch(fail);
  }, [fail]);
  return listed;
}
