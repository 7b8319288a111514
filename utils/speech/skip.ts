import type { BodyBlock } from './blocks';

/**
 * Lines of a body that are about the article rather than part of it: picture credits that sit
 * outside a <figure>, and "Read more" / related-story links. Patterns are the generic words of
 * such lines in the languages Lede reads most, never a publisher's wording.
 */
const CREDIT =
  /^(?:©|\(c\)\s|(?:fotos?|photos?|bild(?:er)?|images?|credits?|quelle|source|illustration|grafik|picture)\s*:)/i;
/** "Top photo by Joan Bardeletti": a credit in words, a name and no sentence after it. */
const CREDIT_WORDS =
  /^(?:\p{L}+\s)?(?:fotos?|photos?|pictures?|images?|illustrations?|bild(?:er)?)\s+(?:by|von|courtesy of)\s/iu;
const CREDIT_WORDS_MAX = 8;
const READ_MORE =
  /^(?:read more|more on this|related|see also|also read|read also|more from|mehr zum thema|lesen sie auch|lesen sie mehr|mehr dazu|auch interessant|weiterlesen|zum thema)\b/i;
/** Credit and link lines are short; a long paragraph that starts like one is still prose. */
const SHORT = 160;

export function isAside(block: BodyBlock, text: string): boolean {
  if (block.announce) return false;
  if (isCodeOnly(block.element)) return true;
  if (text.length > SHORT) return false;
  if (CREDIT.test(text) && text.split(/\s+/).length <= CREDIT_WORDS_MAX + 2) return true;
  if (READ_MORE.test(text)) return true;
  if (CREDIT_WORDS.test(text) && !/[.!?…]["'”»)]?$/.test(text) && text.split(/\s+/).length <= CREDIT_WORDS_MAX)
    return true;
  return isLinkLine(block.element, text);
}

/** A line that is nothing but a link to another page, with no sentence of its own. */
function isLinkLine(element: Element, text: string): boolean {
  const links = [...element.querySelectorAll('a[href]')].filter((a) => !/^#/.test(a.getAttribute('href') ?? ''));
  if (links.length === 0) return false;
  const linked = links.reduce((sum, a) => sum + (a.textContent ?? '').replace(/\s+/g, ' ').trim().length, 0);
  return linked >= text.length * 0.9 && !/[.!?…]["'”»)]?$/.test(text);
}

/** A paragraph that holds only code (a command line set as `<p><code>…</code></p>`) is a code block. */
function isCodeOnly(element: Element): boolean {
  if (element.localName === 'code') return true;
  const codes = element.getElementsByTagName('code');
  if (codes.length === 0) return false;
  const copy = element.cloneNode(true) as Element;
  for (const code of Array.from(copy.getElementsByTagName('code'))) code.remove();
  return !(copy.textContent ?? '').trim();
}
