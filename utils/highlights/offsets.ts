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
