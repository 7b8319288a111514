import type { Article } from '@/utils/article';
import { blockText } from '@/utils/speech/blocks';
import { speakableBodyBlocks } from '@/utils/speech/plan';
import { customHighlights } from '../custom-highlights';

/**
 * The reader's elements in the order of the speech plan's blocks: headline, byline (when there
 * are authors), each teaser point, then the body blocks found by the same function the plan uses.
 */
export function readerBlocks(article: Article, root: Element): (Element | null)[] {
  const blocks: (Element | null)[] = [root.querySelector('.lede-headline')];
  if (article.authors.length > 0) blocks.push(root.querySelector('.lede-byline'));
  const teaser = [...root.querySelectorAll('.lede-teaser li')];
  for (let i = 0; i < article.teaser.length; i++) blocks.push(teaser[i] ?? null);
  for (const block of speakableBodyBlocks(root.querySelector('.lede-body'))) blocks.push(block.element);
  return blocks;
}

export const BLOCK_HIGHLIGHT = 'lede-listen-block';
export const WORD_HIGHLIGHT = 'lede-listen-word';

/**
 * Marks the block being read and, when the engine reports word boundaries, the word, with the
 * CSS Custom Highlight API: ranges painted by `::highlight()`, no change to the article's DOM.
 */
export function markBlock(element: Element | null): void {
  const api = customHighlights();
  if (!api) return;
  if (!element) {
    api.registry.delete(BLOCK_HIGHLIGHT);
    return;
  }
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  api.registry.set(BLOCK_HIGHLIGHT, new api.Highlight(range));
  keepInView(element);
}

/** Highlights the word at `offset` (in the block's spoken text) up to `length` characters or the next space. */
export function markWord(element: Element | null, offset: number, length: number): void {
  const api = customHighlights();
  if (!api) return;
  api.registry.delete(WORD_HIGHLIGHT);
  if (!element) return;
  const { text, points } = blockText(element);
  let end = length > 0 ? offset + length : offset;
  if (length <= 0) while (end < text.length && !/\s/.test(text[end]!)) end++;
  const first = points[offset];
  const last = points[Math.min(end, text.length) - 1];
  if (!first || !last || end <= offset) return;
  const range = element.ownerDocument.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  api.registry.set(WORD_HIGHLIGHT, new api.Highlight(range));
}

export function clearMarks(): void {
  const api = customHighlights();
  api?.registry.delete(BLOCK_HIGHLIGHT);
  api?.registry.delete(WORD_HIGHLIGHT);
}

function keepInView(element: Element): void {
  const rect = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView;
  const height = view?.innerHeight ?? 0;
  if (rect.top < 0 || rect.bottom > height) element.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
