import { clean, cleanFits } from './text';
import { BYLINE_OUTSIDE, BYLINE_PREFIX, CJK_BYLINE_LABEL } from './patterns';

/**
 * The article header around the headline, where the byline is: the elements within a few
 * hundred characters of text after the headline (standfirst, image caption, byline, date) or
 * just before it (a byline above the headline). Found by one bounded walk from the headline,
 * never by a search over the whole page.
 */
export interface HeaderZone {
  /** Elements after the headline in reading order, then those before it, nearest first: their rank. */
  order: Map<Element, number>;
  /** Rank of the first element before the headline: the side after the headline is read first. */
  before: number;
  /** Elements whose text opens with a byline label ("By", "Von", "Written by", "投稿者"), in rank order. */
  labelled: Element[];
}

/** Characters of text walked after the headline: a standfirst fits before the byline. */
const AFTER_CHARS = 1000;
/**
 * Characters of picture captions walked besides: a wire photo's caption runs to a thousand
 * characters between headline and byline. Bounded, so the walk stays short on any page.
 */
const CAPTION_CHARS = 2000;
/** ...and before it, where a few sites print the byline above the headline. */
const BEFORE_CHARS = 250;
/** A labelled element longer than this is a paragraph that happens to start with "By". */
const LABELLED_CHARS = 200;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME']);

export function headerZone(headline: Element): HeaderZone {
  const doc = headline.ownerDocument;
  const order = new Map<Element, number>();
  const labelled: Element[] = [];
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */ | 4 /* SHOW_TEXT */, {
    acceptNode: (n) =>
      n.nodeType === 1 && SKIP.has((n as Element).tagName) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */,
  });
  const visit = (step: () => Node | null, limit: number): void => {
    walker.currentNode = headline;
    let chars = 0;
    let captionChars = 0;
    for (let n = step(); n && chars < limit; n = step()) {
      if (n.nodeType === 1) {
        // Walking back passes the headline's ancestors, which hold the whole header, not a byline.
        if (!(n as Element).contains(headline) && !order.has(n as Element)) order.set(n as Element, order.size);
        continue;
      }
      if (headline.contains(n)) continue;
      const text = clean(n.nodeValue);
      if (captionChars < CAPTION_CHARS && n.parentElement?.closest('figcaption')) captionChars += text.length;
      else chars += text.length;
      if (text && isLabel(text)) {
        const box = labelBox(n);
        if (box && !labelled.includes(box)) labelled.push(box);
      }
    }
  };
  visit(() => walker.nextNode(), AFTER_CHARS);
  const before = order.size;
  visit(() => walker.previousNode(), BEFORE_CHARS);
  return { order, before, labelled: labelled.filter((el) => nearHeadline(el, headline)) };
}

function isLabel(text: string): boolean {
  // "By" alone in its own span is a label too; the names follow in the next element.
  return BYLINE_PREFIX.test(`${text} `) || CJK_BYLINE_LABEL.test(text);
}

/** The smallest element around a label that also holds what follows it: `<div><span>By</span> <a>Jane Doe</a></div>`. */
function labelBox(text: Node): Element | null {
  const label = clean(text.nodeValue);
  const bare = !`${label} `.replace(BYLINE_PREFIX, '').replace(CJK_BYLINE_LABEL, '').trim();
  for (let el = text.parentElement; el; el = el.parentElement) {
    const all = clean(el.textContent);
    if (all.length > LABELLED_CHARS) return null;
    if (!bare || all.length > label.length + 1) return el;
  }
  return null;
}

/** Page chrome small enough to be the header's meta column (the byline in an `<aside>` or `<footer>` of the article). */
export const META_COLUMN_CHARS = 400;

/**
 * Whether a mark near the headline is in the header rather than in page chrome: comment
 * sections, related-article boxes and picture captions never are; an `<aside>`, `<footer>` or `<nav>` is when it
 * is small, as article headers use them for the author and date column.
 */
export function nearHeadline(mark: Element, headline: Element): boolean {
  for (let n: Element | null = mark; n && !n.contains(headline); n = n.parentElement) {
    // A caption's "Photo by …" credits the picture's maker, not the article's writer.
    if (n.tagName === 'FORM' || n.tagName === 'FIGCAPTION' || n.getAttribute('role') === 'dialog') return false;
    if (BYLINE_OUTSIDE.tags.has(n.tagName) && !cleanFits(n.textContent, META_COLUMN_CHARS)) return false;
    const hint = `${n.getAttribute('class') ?? ''} ${n.id}`;
    if (hint.length > 1 && BYLINE_OUTSIDE.hints.test(hint)) return false;
  }
  return true;
}
