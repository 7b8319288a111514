/**
 * Offsets in an article's text. The W3C TextPositionSelector (and the annotator library) counts
 * Unicode code points; the DOM counts UTF-16 units. They differ after every emoji or other
 * character outside the Basic Multilingual Plane, which news pages quoting social posts are full of.
 */

import { textNodes, textPoint } from '../text-nodes';

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
  const range = (scope.ownerDocument ?? (scope as Document)).createRange();
  let started = false;
  for (const { node, start: at } of textNodes(scope)) {
    const next = at + node.data.length;
    if (!started && start <= next) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(node, end - at);
      return range;
    }
  }
  return null;
}

/**
 * UTF-16 offsets in the scope's text of a range inside it, counted in one walk over its text nodes
 * (jsdom's Range.toString takes a second on a long article).
 */
export function offsetsOfRange(scope: Node, range: Range): { start: number; end: number } {
  const start = textPoint(scope, range.startContainer, range.startOffset);
  const end = textPoint(scope, range.endContainer, range.endOffset);
  const found = { start: -1, end: -1 };
  let at = 0;
  for (const { node, start: nodeStart } of textNodes(scope)) {
    if (node === start.node) found.start = nodeStart + start.offset;
    if (node === end.node) found.end = nodeStart + end.offset;
    at = nodeStart + node.data.length;
  }
  if (found.start < 0) found.start = at;
  if (found.end < 0) found.end = at;
  return found;
}
