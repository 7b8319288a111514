import type { Article } from '@/utils/article';
import { HighlightStoreError, type HighlightStore } from '@/components/highlights/store';
import { failureMessage } from '@/components/LibraryText';
import { ask, type LibraryAnswer } from './library-client';

function unwrap<T>(answer: LibraryAnswer<T>): T {
  if (answer.ok) return answer.value;
  throw new HighlightStoreError(failureMessage(answer.error, 'excess' in answer ? answer.excess : undefined));
}

/**
 * The overlay's highlights, kept by the background's library. The first highlight saves the
 * article (`onSaved` lets the reader's Save button say so).
 */
export function overlayHighlightStore(article: Article, onSaved: (id: string) => void): HighlightStore {
  return {
    list: async () => unwrap(await ask('articleHighlights', article.url)).highlights,
    add: async (input) => {
      const { articleId, highlight } = unwrap(await ask('addHighlight', { article, ...input }));
      onSaved(articleId);
      return highlight;
    },
    update: async (id, change) => unwrap(await ask('updateHighlight', { id, ...change })),
    remove: async (id) => unwrap(await ask('removeHighlight', id)),
    restore: async (record) => {
      unwrap(await ask('restoreHighlight', record));
    },
  };
}
