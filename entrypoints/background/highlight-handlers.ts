import { onMessage } from '@/utils/messages';
import { findIdByUrl, saveArticle } from '@/utils/library/articles';
import {
  addHighlight,
  highlightsOf,
  removeHighlight,
  restoreHighlights,
  updateHighlight,
} from '@/utils/library/highlights';
import {
  parseColor,
  parseHighlightChange,
  parseHighlightText,
  parseNote,
  parseStoredHighlight,
  parseTarget,
} from '@/utils/library/highlight-input';
import { LibraryFailure } from '@/utils/library/errors';
import { parseArticle, parseId, parseUrl, sizeExcess } from '@/utils/library/validate';
import { updateTabIcon } from './action-icon';
import { keepPictures } from './keep-pictures';
import { guarded, required, type Sender } from './library-handlers';

/** The overlay's highlight messages; every payload is checked as untrusted, like the library's. */
export const highlightHandlers = {
  articleHighlights: (data: unknown, sender: Sender) =>
    guarded(sender, async () => {
      const articleId = await findIdByUrl(required(parseUrl(data)));
      return { articleId, highlights: articleId ? await highlightsOf(articleId) : [] };
    }),
  addHighlight: (data: unknown, sender: Sender) =>
    guarded(sender, async () => {
      const input = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
      const excess = sizeExcess(input.article);
      if (excess) throw new LibraryFailure('too-large', excess);
      const article = required(parseArticle(input.article));
      const color = required(parseColor(input.color));
      const note = input.note === undefined ? '' : required(parseNote(input.note));
      const text = required(parseHighlightText(input.text));
      const target = required(parseTarget(input.target));
      // An article already saved keeps its stored copy: re-saving would replace what the
      // reader's other highlights were made on.
      let articleId = await findIdByUrl(article.url);
      if (!articleId) {
        articleId = (await saveArticle(article)).id;
        void keepPictures(articleId, article).catch(() => undefined);
      }
      const highlight = await addHighlight({ articleId, color, note, text, target });
      return { articleId, highlight };
    }),
  updateHighlight: (data: unknown, sender: Sender) =>
    guarded(sender, async () => {
      const { id, ...change } = required(parseHighlightChange(data));
      return updateHighlight(id, change);
    }),
  removeHighlight: (data: unknown, sender: Sender) => guarded(sender, () => removeHighlight(required(parseId(data)))),
  restoreHighlight: (data: unknown, sender: Sender) =>
    guarded(sender, async () => {
      await restoreHighlights([required(parseStoredHighlight(data))]);
      return null;
    }),
};

export function registerHighlightHandlers(): void {
  onMessage('articleHighlights', ({ data, sender }) => highlightHandlers.articleHighlights(data, sender));
  onMessage('addHighlight', async ({ data, sender }) => {
    const answer = await highlightHandlers.addHighlight(data, sender);
    // Highlighting saved the article: the toolbar icon says so, as after Save.
    if (answer.ok) await updateTabIcon(sender.tab?.id, { saved: true });
    return answer;
  });
  onMessage('updateHighlight', ({ data, sender }) => highlightHandlers.updateHighlight(data, sender));
  onMessage('removeHighlight', ({ data, sender }) => highlightHandlers.removeHighlight(data, sender));
  onMessage('restoreHighlight', ({ data, sender }) => highlightHandlers.restoreHighlight(data, sender));
}
