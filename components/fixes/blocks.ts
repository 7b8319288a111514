import { clean } from '@/utils/extract/text';
import { isPictureBlock, pictureNames } from '@/utils/fixes/picture';
import { t } from '@/utils/i18n';

/** Wrappers the body's blocks sit in (Readability's `<div><div>`): fix mode looks inside them. */
const WRAPPERS = new Set(['div', 'section', 'article', 'main']);
/** Characters of a removed block's text its stub shows. */
const STUB_CHARS = 60;

/**
 * The body's top-level blocks, the units fix mode removes: the children of the innermost wrapper
 * that holds the whole body alone. A block without text is offered only when it is a picture (a
 * rule finds it by the picture's name); an empty one has nothing to find it by.
 */
export function topBlocks(body: Element): Element[] {
  let root = body;
  for (;;) {
    const only = root.children.length === 1 ? root.children[0]! : null;
    if (!only || !WRAPPERS.has(only.localName) || ownText(only)) break;
    root = only;
  }
  return Array.from(root.children).filter((el) => blockText(el) !== '' || blockPicture(el) !== null);
}

/** The name of the picture a block without text shows (what `pictureRule` looks for on the page), or null. */
export function blockPicture(el: Element): string | null {
  if (!isPictureBlock(el)) return null;
  return [...pictureNames(el)][0] ?? null;
}

/** What the reader is told a block is: its text, or for a picture its description or name. */
export function blockLabel(el: Element): string {
  const text = blockText(el);
  if (text) return text;
  const img = el.localName === 'img' ? el : el.querySelector('img');
  return t('fixPictureLabel', clean(img?.getAttribute('alt')) || (blockPicture(el) ?? ''));
}

/**
 * How this reader knows a block again, in its own body and in the article's content when saving:
 * its text, or its picture's name.
 */
export function blockKey(el: Element): string {
  const text = blockText(el);
  if (text) return text;
  const picture = blockPicture(el);
  return picture ? `picture:${picture}` : '';
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
 * (matched by `blockKey`, as the reader's own body was built from this content).
 */
export function withoutBlocks<A extends { content: string; text: string }>(article: A, removed: readonly string[]): A {
  if (removed.length === 0) return article;
  const body = new DOMParser().parseFromString(article.content, 'text/html').body;
  const gone = new Set(removed);
  let text = article.text;
  for (const block of topBlocks(body)) {
    if (!gone.has(blockKey(block))) continue;
    text = text.replace(block.textContent ?? '', '');
    block.remove();
  }
  return { ...article, content: body.innerHTML, text };
}
