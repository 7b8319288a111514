/**
 * The one walk over a tree's text, shared by the extraction core and highlights (pure DOM: it
 * runs in pages, in Node's jsdom and in workers). Offsets count UTF-16 units, as the DOM does,
 * and the nodes are exactly those whose text makes up `textContent`, CDATA sections included,
 * so an offset found here is an offset in `root.textContent`.
 */

/** A text node and where its text starts in the text walked so far. */
export interface PlacedText {
  node: Text;
  /** UTF-16 offset of the node's first character, counted from where the walk began. */
  start: number;
}

const TEXT = 4; /* NodeFilter.SHOW_TEXT */
const CDATA = 8; /* NodeFilter.SHOW_CDATA_SECTION */

function walkerOver(root: Node): TreeWalker {
  // A TreeWalker rather than childNodes recursion: bodies nested thousands of levels deep
  // overflowed the call stack, and jsdom's live NodeLists go through a proxy per index.
  return (root.ownerDocument ?? (root as Document)).createTreeWalker(root, TEXT | CDATA);
}

/**
 * Each text node under `root` in document order with its offset; from `from` (a text node under
 * `root`) on when given, offsets then counting from `from`'s start. A node may be edited while
 * it is the one given: the walk goes on after it, and later offsets count its edited text.
 */
export function* textNodes(root: Node, from?: Text): Generator<PlacedText, void, undefined> {
  const walker = walkerOver(root);
  let node: Node | null = from ?? walker.nextNode();
  if (from) walker.currentNode = from;
  for (let start = 0; node; node = walker.nextNode()) {
    const text = node as Text;
    yield { node: text, start };
    start += text.data.length;
  }
}

/**
 * A boundary point (`container`, `offset`, as a Range or Selection gives it) as the text node it
 * falls in or before and the offset there; `node: null` when it is at the end of `root`'s text.
 */
export function textPoint(root: Node, container: Node, offset: number): { node: Text | null; offset: number } {
  if (isText(container)) return { node: container as Text, offset };
  const before = container.childNodes[offset];
  if (before && isText(before)) return { node: before as Text, offset: 0 };
  // The first text node after the boundary: inside `before`, or after the whole container.
  let from: Node = before ?? container;
  if (!before) while (from.lastChild) from = from.lastChild;
  const walker = walkerOver(root);
  walker.currentNode = from;
  return { node: walker.nextNode() as Text | null, offset: 0 };
}

function isText(node: Node): boolean {
  return node.nodeType === 3 || node.nodeType === 4;
}
