/**
 * Offsets in an article's text. The W3C TextPositionSelector (and the annotator library) counts
 * Unicode code points; the DOM counts UTF-16 units. They differ after every emoji or other
 * character outside the Basic Multilingual Plane, which news pages quoting social posts are full of.
 */

/** The UTF-16 offset in `text` of the code point at index `codePoints`. */
export function utf16Offset(text: string, codePoints: number): number {
  let units = 0;
  for (let seen = 0; seen < codePoints && units < text.length; seen++) {
    units += (text.codePointAt(units) ?? 0) > 0xffff ? 2 : 1;
  }
  return units;
}

/** A range over UTF-16 offsets `start`–`end` of the scope's text, or null beyond its end. */
export function rangeFromOffsets(scope: Node, start: number, end: number): Range | null {
  const document = scope.ownerDocument ?? (scope as Document);
  const walker = document.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const next = at + node.data.length;
    if (!started && start <= next) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(node, end - at);
      return range;
    }
    at = next;
  }
  return null;
}

/**
 * UTF-16 offsets in the scope's text of a range inside it, counted in one walk over its text nodes
 * (jsdom's Range.toString takes a second on a long article).
 */
export function offsetsOfRange(scope: Node, range: Range): { start: number; end: number } {
  const document = scope.ownerDocument ?? (scope as Document);
  const walker = document.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  const start = textPoint(walker, range.startContainer, range.startOffset);
  const end = textPoint(walker, range.endContainer, range.endOffset);
  const found = { start: -1, end: -1 };
  let at = 0;
  walker.currentNode = scope;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node === start.node) found.start = at + start.offset;
    if (node === end.node) found.end = at + end.offset;
    at += node.data.length;
  }
  if (found.start < 0) found.start = at;
  if (found.end < 0) found.end = at;
  return found;
}

/** A boundary point as the text node it falls in or before (null: the end of the scope's text). */
export function textPoint(walker: TreeWalker, container: Node, offset: number): { node: Text | null; offset: number } {
  if (container.nodeType === 3) return { node: container as Text, offset };
  const before = container.childNodes[offset];
  if (before?.nodeType === 3) return { node: before as Text, offset: 0 };
  // The first text node after the boundary: inside `before`, or after the whole container.
  let from: Node = before ?? container;
  if (!before) while (from.lastChild) from = from.lastChild;
  walker.currentNode = from;
  return { node: walker.nextNode() as Text | null, offset: 0 };
}
