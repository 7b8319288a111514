import { anchorTarget } from '../highlights/anchor';
import { wrapRange } from '../highlights/wrap';
import type { SavedArticle, StoredHighlight } from './db';
import type { ParseHtml } from './markdown';

/** The elements a note follows: the block its highlight ends in. */
const BLOCK = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, pre, figcaption, td, th, dd, dt';

/**
 * Saved articles as the exports show them with their highlights: each passage found in the body
 * is wrapped in `<mark class="lede-hl-COLOUR">` (Markdown writes it `==…==`), and a note follows
 * the block it belongs to as a quote. A highlight whose passage is gone leaves the body as it is;
 * the list at the top of the Markdown still carries it.
 */
export async function withHighlightMarks(
  records: SavedArticle[],
  highlights: StoredHighlight[],
  parse: ParseHtml,
): Promise<SavedArticle[]> {
  const byArticle = groupByArticle(highlights);
  return Promise.all(
    records.map(async (record) => {
      const mine = byArticle.get(record.id);
      if (!mine?.length) return record;
      const body = parse(`<body>${record.article.content}</body>`).body;
      const notes: { block: Element; note: string }[] = [];
      // Later passages first, each found again just before it is wrapped: wrapping splits text
      // nodes (a range found earlier may point into one that moved) but never changes the text.
      for (const highlight of [...mine].sort((a, b) => b.target.position.start - a.target.position.start)) {
        const range = await anchorTarget(highlight.target, body);
        if (!range) continue;
        const block = (range.endContainer.parentElement ?? body).closest(BLOCK);
        wrapRange(range, () => {
          const mark = body.ownerDocument.createElement('mark');
          mark.className = `lede-hl-${highlight.color}`;
          mark.dataset.highlight = highlight.id;
          return mark;
        });
        if (highlight.note.trim() && block && body.contains(block)) notes.push({ block, note: highlight.note.trim() });
      }
      // Notes last: they add text, which would move the passages still to be found.
      for (const { block, note } of notes) {
        const quote = body.ownerDocument.createElement('blockquote');
        quote.className = 'lede-note';
        quote.append(body.ownerDocument.createElement('p'));
        quote.firstElementChild!.textContent = note;
        block.after(quote);
      }
      return { ...record, article: { ...record.article, content: body.innerHTML } };
    }),
  );
}

export function groupByArticle(highlights: StoredHighlight[]): Map<string, StoredHighlight[]> {
  const byArticle = new Map<string, StoredHighlight[]>();
  for (const h of highlights) byArticle.set(h.articleId, [...(byArticle.get(h.articleId) ?? []), h]);
  for (const list of byArticle.values()) list.sort((a, b) => a.target.position.start - b.target.position.start);
  return byArticle;
}
