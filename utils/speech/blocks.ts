/**
 * Which elements of a rendered body are read aloud, one "block" each, and their spoken text.
 * The same functions run on the live reader (to mark the paragraph being read and to map a word
 * boundary back to a text node) and on a parsed copy in Node (the plan and the CLI), so a block
 * index means the same element in both places.
 */

/** Elements that start a new block; anything else is inline and belongs to its block's text. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
]);

/**
 * Never read: pictures and their captions and credits, media, code blocks. Inline `<code>` in a
 * sentence ("the fetch() function") is part of the sentence; a block that is nothing but code is
 * skipped in skip.ts.
 */
const SILENT_TAGS = new Set([
  'audio',
  'button',
  'canvas',
  'figcaption',
  'figure',
  'iframe',
  'img',
  'noscript',
  'picture',
  'pre',
  'script',
  'style',
  'svg',
  'template',
  'video',
  'math',
]);

/** A block that is skipped but announced, so the listener knows something was left out. */
export type Announced = 'table';

export type BodyBlock = { element: Element; announce?: undefined } | { element: Element; announce: Announced };

/** The body's blocks in reading order: leaf text blocks, and tables to announce. */
export function bodyBlocks(root: Element): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  const visit = (element: Element) => {
    const tag = element.localName;
    if (tag === 'table') {
      blocks.push({ element, announce: 'table' });
      return;
    }
    const children = [...element.children];
    // Some pages wrap paragraphs with their picture in one <figure>: read those paragraphs, never
    // the caption, the picture or text loose beside it.
    if (tag === 'figure') {
      for (const child of children) if (child.localName !== 'figcaption' && containsBlock(child)) visit(child);
      return;
    }
    if (SILENT_TAGS.has(tag)) return;
    const hasBlockChild = children.some(containsBlock);
    // Mixed content (loose text beside blocks) is read as one block: splitting it would read the
    // loose text out of order.
    if (!hasBlockChild || hasLooseText(element)) {
      if (blockText(element).text) blocks.push({ element });
      return;
    }
    for (const child of children) visit(child);
  };
  for (const child of [...root.children]) visit(child);
  return blocks;
}

function containsBlock(element: Element): boolean {
  if (BLOCK_TAGS.has(element.localName)) return true;
  return [...element.children].some(containsBlock);
}

function hasLooseText(element: Element): boolean {
  for (const node of element.childNodes) {
    if (node.nodeType === TEXT_NODE && (node.nodeValue ?? '').trim()) return true;
    if (
      node.nodeType === ELEMENT_NODE &&
      !containsBlock(node as Element) &&
      !SILENT_TAGS.has((node as Element).localName)
    ) {
      if (((node as Element).textContent ?? '').trim()) return true;
    }
  }
  return false;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A footnote or reference marker: "1", "[12]", "*", "†" set as a superscript or a tiny link. */
function isMarker(element: Element): boolean {
  const tag = element.localName;
  if (tag !== 'sup' && tag !== 'a') return false;
  const text = (element.textContent ?? '').trim();
  if (tag === 'a' && !/^#/.test(element.getAttribute('href') ?? '')) return false;
  return /^(\[?\d{1,3}[a-z]?\]?|[*†‡§]+)$/.test(text);
}

/** Where one character of a block's spoken text sits in the DOM. */
export interface TextPoint {
  node: Text;
  offset: number;
}

export interface BlockText {
  /** Whitespace collapsed and trimmed; markers and silent elements left out. */
  text: string;
  /** For each character of `text`, its text node and offset there. */
  points: TextPoint[];
}

/** The words of a block as they are spoken, with a map back to the DOM for highlighting. */
export function blockText(block: Element): BlockText {
  let text = '';
  const points: TextPoint[] = [];
  let pendingSpace = false;
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      const data = node.nodeValue ?? '';
      for (let i = 0; i < data.length; i++) {
        const char = data[i]!;
        if (/\s/.test(char)) {
          pendingSpace = true;
          continue;
        }
        if (pendingSpace && text) {
          text += ' ';
          points.push({ node: node as Text, offset: i - 1 < 0 ? 0 : i - 1 });
        }
        pendingSpace = false;
        text += char;
        points.push({ node: node as Text, offset: i });
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    if (SILENT_TAGS.has(element.localName) || element.localName === 'table' || isMarker(element)) return;
    const separate = BLOCK_TAGS.has(element.localName) || element.localName === 'br';
    if (separate) pendingSpace = true;
    for (const child of element.childNodes) walk(child);
    if (separate) pendingSpace = true;
  };
  walk(block);
  return { text, points };
}
