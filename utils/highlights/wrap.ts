import { textNodes, textPoint } from '../text-nodes';

/** Containers in which text between children is layout whitespace, with no room for an element. */
const NO_PHRASING = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COLGROUP', 'UL', 'OL', 'DL', 'SELECT']);

/**
 * Wraps each piece of text in the range in an element made by `make` (splitting the text nodes at
 * its ends), as exports and browsers without the CSS Custom Highlight API show a highlight. One
 * walk from the range's start to its end: the annotator library's `highlightText` went on filtering
 * every text node after the end, which on a long article made an export take minutes.
 */
export function wrapRange(range: Range, make: () => Element): Element[] {
  const root = range.commonAncestorContainer;
  const start = textPoint(root, range.startContainer, range.startOffset);
  const end = textPoint(root, range.endContainer, range.endOffset);
  const pieces: { node: Text; from: number; to: number }[] = [];
  if (!start.node) return [];
  for (const { node } of textNodes(root, start.node)) {
    const from = node === start.node ? start.offset : 0;
    const to = node === end.node ? end.offset : node.data.length;
    if (to > from && !(NO_PHRASING.has(node.parentNode?.nodeName ?? '') && !node.data.trim())) {
      pieces.push({ node, from, to });
    }
    if (node === end.node) break;
  }
  return pieces.map(({ node, from, to }) => {
    if (to < node.data.length) node.splitText(to);
    const piece = from > 0 ? node.splitText(from) : node;
    const wrapper = make();
    piece.before(wrapper);
    wrapper.append(piece);
    return wrapper;
  });
}

/** Takes the wrappers out again, keeping their text where it was. */
export function unwrap(wrappers: readonly Element[]): void {
  for (const wrapper of wrappers) wrapper.replaceWith(...wrapper.childNodes);
}
