import { describeTextPosition, describeTextQuote } from '@apache-annotator/selector';
import { offsetsOfRange } from './offsets';
import type { HighlightTarget } from './target';
import { spanOf, WholeText } from './text-scope';

/** Context kept on each side of the quote: enough to tell a changed passage from another one. */
const CONTEXT_CHARS = 32;

/**
 * The target of a selection inside the article: the library's quote (with enough context on each
 * side to survive small edits, not the minimum that is unique today) and position selectors over
 * the scope's text, plus the top-level block it starts in.
 */
export async function describeRange(range: Range, scope: Element): Promise<HighlightTarget> {
  const text = scope.textContent ?? '';
  const { start, end } = offsetsOfRange(scope, range);
  const minimumQuoteLength = end - start + 2 * CONTEXT_CHARS;
  const [quote, position] = await Promise.all([
    describeTextQuote(spanOf(new WholeText(text), start, end), () => new WholeText(text), { minimumQuoteLength }),
    describeTextPosition(spanOf(new WholeText(text), start, end), new WholeText(text)),
  ]);
  return { quote, position, block: blockIndex(scope, range.startContainer) };
}

/** Index among the scope's element children of the one that holds `node`; 0 when none does. */
export function blockIndex(scope: Element, node: Node): number {
  let current: Node | null = node;
  while (current && current.parentNode !== scope) current = current.parentNode;
  if (!current) return 0;
  let index = 0;
  for (let sibling = current.previousSibling; sibling; sibling = sibling.previousSibling) {
    if (sibling.nodeType === 1) index++;
  }
  return index;
}
