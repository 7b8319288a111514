import { dropEmptyElements, elementsByTag, holdersOf } from './dom';
import { dropLabelsNotRead } from './screen-reader';
import { key, wordCount } from './text';

/**
 * Lede's cleanup and continuation can go wrong on a page laid out unlike any it was written
 * from: a tail cut that fires near the top, a teaser match that takes the article with it.
 * Readability's own result is then the better body. Whenever Lede keeps far less text than
 * Readability found, that result is used instead, with only the cleanup that cannot cost the
 * article text (labels for screen readers, the headline and teaser repeated at its top, wrappers left empty).
 */

/** Lede's body must keep at least this share of Readability's text, or Readability's is used. */
const KEEP_SHARE = 0.5;
/** Below this size Readability found no article worth falling back to (words; CJK characters at two a word). */
const MIN_WORDS = 60;
/** Blocks at the top of the body checked for a repeated headline or teaser. */
const LEADING_BLOCKS = 6;
/** Tag sets for `elementsByTag`, one walk each where jsdom's selectors cost a match per element. */
const ARTICLE = new Set(['article']);
const LEADING_CANDIDATES = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'div', 'span']);
/** A leading block holding one of these is a wrapper: its own blocks are judged instead. */
const BLOCKS_INSIDE = new Set(['p', 'div', 'h1', 'h2', 'h3', 'ul', 'ol', 'img']);
const EMPTY_CANDIDATES = new Set(['div', 'span', 'section', 'p', 'li', 'ul', 'ol']);

export interface FallbackDuplicates {
  title: string;
  /** Teaser bullets and the texts they were read from. */
  teaser: string[];
  /** Every `<h1>` of the page. */
  pageHeadlines: string[];
}

/**
 * `cleaned`: Lede's body; `readability`: a copy of Readability's result taken before Lede's
 * cleanup. Returns the body to show.
 */
export function fullerBody(cleaned: Element, readability: Element, dup: FallbackDuplicates): Element {
  dropLabelsNotRead(readability);
  dropOtherStories(readability, dup);
  // `textContent`, not the reader's text (`textOf`): a share needs no paragraph breaks, and a
  // word joined across two blocks is joined alike on both sides; it costs half as much.
  const full = wordCount(readability.textContent ?? '');
  if (full < MIN_WORDS || wordCount(cleaned.textContent ?? '') >= full * KEEP_SHARE) return cleaned;
  dropLeadingDuplicates(readability, dup);
  dropEmptyElements(readability, EMPTY_CANDIDATES);
  return readability;
}

/**
 * An endless-scroll page appends the next story in an `<article>` headed by another of the page's
 * `<h1>`s (Readability turns it into an `<h2>`), which Lede cuts on purpose: it is never part of
 * the article to fall back to.
 */
function dropOtherStories(root: Element, dup: FallbackDuplicates): void {
  const title = key(dup.title);
  const others = new Set(dup.pageHeadlines.map(key).filter((h) => h && h !== title));
  // Most pages have one headline: no other story to look for, no walk and no selector per <article>.
  if (!others.size) return;
  for (const story of elementsByTag(root, ARTICLE)) {
    const heading = story.querySelector('h1, h2, h3');
    if (heading && others.has(key(heading.textContent)) && root.contains(story)) story.remove();
  }
}

/** The reader prints headline and teaser above the body: their copies at its top go. */
function dropLeadingDuplicates(root: Element, dup: FallbackDuplicates): void {
  const known = new Set([dup.title, ...dup.teaser].map(key).filter(Boolean));
  let seen = 0;
  // In document order, as in a browser (see body.ts's leading duplicates).
  const holders = holdersOf(root, BLOCKS_INSIDE);
  for (const el of elementsByTag(root, LEADING_CANDIDATES)) {
    if (!root.contains(el) || holders.has(el)) continue;
    const text = key(el.textContent);
    if (!text) continue;
    if (known.has(text)) el.remove();
    if (++seen >= LEADING_BLOCKS) break;
  }
}
