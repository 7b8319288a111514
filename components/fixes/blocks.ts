import { clean } from '@/utils/extract/text';

/** Wrappers the body's blocks sit in (Readability's `<div><div>`): fix mode looks inside them. */
const WRAPPERS = new Set(['div', 'section', 'article', 'main']);
/** Characters of a removed block's text its stub shows. */
const STUB_CHARS = 60;

/**
 * The body's top-level blocks, the units fix mode removes: the children of the innermost wrapper
 * that holds the whole body alone. Blocks without text (a bare picture) are left out: a rule is
 * made from a block's text, so there would be nothing to find it by.
 */
export function topBlocks(body: Element): Element[] {
  let root = body;
  for (;;) {
    const only = root.children.length === 1 ? root.children[0]! : null;
    if (!only || !WRAPPERS.has(only.localName) || ownText(only)) break;
    root = only;
  }
  return Array.from(root.children).filter((el) => blockText(el) !== '');
}

/** A block's text as the reader sees it, which is what `blockRule` looks for on the page. */
export function blockText(el: Element): string {
  return clean(el.textContent);
}

/** The start of a removed block's text, for its one-line stub. */
export function stubText(text: string): string {
  return text.length > STUB_CHARS ? `${text.slice(0, STUB_CHARS - 1).trimEnd()}…` : text;
}

function ownText(el: Element): boolean {
  return Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
}

/**
 * The article as fix mode shows it, for saving: without the top-level blocks the reader removed
 * (matched by their text, as the reader's own body was built from this content).
 */
export function withoutBlocks<A extends { content: string; text: string }>(article: A, removed: readonly string[]): A {
  if (removed.length === 0) return article;
  const body = new DOMParser().parseFromString(article.content, 'text/html').body;
  const gone = new Set(removed);
  let text = article.text;
  for (const block of topBlocks(body)) {
    if (!gone.has(blockText(block))) continue;
    text = text.replace(block.textContent ?? '', '');
    block.remove();
  }
  return { ...article, content: body.innerHTML, text };
}
