import { dropAuthorBio } from './body-bio';
import { dropCards } from './body-cards';
import { dropCreditLines } from './body-credits';
import { joinDateline } from './body-dateline';
import { listPicturesAsFigures } from './body-list-pictures';
import { trimBoilerplate } from './body-tail';
import { DATE_LABEL } from './patterns';
import { dropLabelsNotRead } from './screen-reader';
import { dropEmptyElements, elementsByTag, holdersOf, linkDensity, permalinkMark } from './dom';
import { clean, key, keyUpTo, wordCount } from './text';
import { NO_TRACE, type Recorder } from './trace';

export interface BodyDuplicates {
  title: string;
  authors: string[];
  /** Teaser bullets and the texts they were read from. */
  teaser: string[];
  /** Every `<h1>` of the page: one other than the title, met after the body, heads another story. */
  pageHeadlines: string[];
}

const MAX_LEADING_BLOCKS = 12;
const LEADING_CANDIDATES = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'div',
  'span',
  'time',
  'address',
  'ul',
  'ol',
  'li',
  'header',
]);
/** A leading block holding one of these is a wrapper: its own blocks are judged instead. */
const LEADING_BLOCKS_INSIDE = new Set(['p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'img']);
/** Tag sets for `elementsByTag`, one walk each where jsdom's selectors cost a match per element. */
const TEASER_CANDIDATES = new Set(['p', 'li', 'ul', 'ol', 'div', 'h2', 'h3']);
const EMPTY_CANDIDATES = new Set([
  'div',
  'span',
  'section',
  'p',
  'figure',
  'header',
  'footer',
  'article',
  'li',
  'ul',
  'ol',
  'blockquote',
  'a',
  'strong',
  'em',
  'b',
  'i',
]);
/** Paragraphs of prose after which the body is well under way. */
const PROSE_UNDER_WAY = 3;
/** Keyed text enough to count a paragraph's first 26 words, however long its words. */
const PROSE_KEY_CHARS = 2000;

/**
 * Tidies Readability's content in place: labels given to screen readers only go first, so that
 * every later pass reads the text a reader sees; what the Reader already shows above the body
 * (headline, byline, teaser, date line) is removed from the body's top, then the publisher's
 * calls to act and boilerplate tail, lines that only credit a picture, then empty wrappers.
 */
export function cleanBody(root: Element, dup: BodyDuplicates, rec: Recorder = NO_TRACE): void {
  dropLabelsNotRead(root, rec);
  removeLeadingDuplicates(root, dup, rec);
  removeTeaserAnywhere(root, dup.teaser, rec);
  const title = key(dup.title);
  dropCards(root, rec);
  trimBoilerplate(root, new Set(dup.pageHeadlines.map(key).filter((h) => h && h !== title)), rec);
  dropAuthorBio(root, dup.authors, rec);
  dropCreditLines(root, rec);
  listPicturesAsFigures(root, rec);
  joinDateline(root, rec);
  dropPermalinks(root, rec);
  dropEmptyElements(root, EMPTY_CANDIDATES);
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A heading's permalink (`<a href="#part">¶</a>`) is a symbol for the mouse: read aloud, it is noise. */
function dropPermalinks(root: Element, rec: Recorder): void {
  for (const heading of elementsByTag(root, HEADINGS))
    for (const a of Array.from(heading.getElementsByTagName('a'))) {
      if (!permalinkMark(a)) continue;
      rec.removed('permalinks', "a heading's permalink symbol", a);
      a.remove();
    }
}

function removeLeadingDuplicates(root: Element, dup: BodyDuplicates, rec: Recorder): void {
  const title = key(dup.title);
  const teaser = new Set(dup.teaser.map(key).filter(Boolean));
  const authorKeys = dup.authors.map(key).filter(Boolean);
  const bylineWords = wordCount(authorKeys.join(' ')) + 8;
  let seen = 0;
  // A walk in document order, as a browser's `querySelectorAll` gives it (jsdom's does not on a
  // tree outside a document, such as Readability's content), and one walk for "holds a block".
  const holders = holdersOf(root, LEADING_BLOCKS_INSIDE);
  for (const el of elementsByTag(root, LEADING_CANDIDATES)) {
    if (!root.contains(el) || holders.has(el)) continue;
    const text = key(el.textContent);
    if (!text) continue;
    // A menu Readability kept above the headline (its entries all links, dropped by a later pass)
    // is no block of the article's start: counted, it used up the budget before the headline's copy.
    if (!allLinked(el, root) && ++seen > MAX_LEADING_BLOCKS) break;
    const isTitle = text === title;
    const isTeaser = teaser.has(text);
    const words = wordCount(text);
    const isByline =
      authorKeys.length > 0 && text.length < 160 && authorKeys.every((a) => text.includes(a)) && words <= bylineWords;
    const isDateLine =
      el.tagName === 'TIME' ||
      (text.length < 60 &&
        /\b\d{1,2}[./ ]\s?(\d{1,2}|\p{L}+)[./ ]\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/u.test(el.textContent ?? '') &&
        !/[.!?]\s+\p{Lu}/u.test(clean(el.textContent)));
    // The label of a date line whose date went on its own ("Publiziert" above `<time>`).
    const isDateLabel = DATE_LABEL.test(text);
    if (isTitle || isTeaser || isByline || isDateLine || isDateLabel) {
      rec.removed(
        'leading duplicates',
        isTitle
          ? 'the headline again'
          : isTeaser
            ? 'the teaser again'
            : isByline
              ? 'the byline again'
              : isDateLine
                ? 'a date line'
                : "a date line's label",
        el,
      );
      el.remove();
    } else if (words > 25) break;
  }
}

/** Whether all of `el`'s text is a link's: it sits in one below `root`, or its links hold all its text. */
function allLinked(el: Element, root: Element): boolean {
  for (let up: Element | null = el; up && up !== root; up = up.parentElement) if (up.localName === 'a') return true;
  return linkDensity(el) === 1;
}

/**
 * A teaser Readability kept deeper than the first blocks (e.g. wrapped with the lead image).
 * Once the article's prose is under way, the same words are the writer's own (a summing-up
 * paragraph the standfirst was taken from) and stay.
 */
function removeTeaserAnywhere(root: Element, teaser: string[], rec: Recorder): void {
  const keys = new Set(teaser.map(key).filter((k) => wordCount(k) >= 5));
  if (!keys.size) return;
  let prose = 0;
  // The body's outer wrappers hold all of its text: keyed whole, they made this pass cost the
  // article's length once per wrapper. Only enough of each is keyed to compare and count.
  const enough = Math.max(PROSE_KEY_CHARS, ...Array.from(keys, (k) => k.length));
  for (const el of elementsByTag(root, TEASER_CANDIDATES)) {
    if (!root.contains(el)) continue;
    const { text, whole } = keyUpTo(el.textContent, enough);
    if (whole && keys.has(text)) {
      rec.removed('teaser duplicates', 'the teaser again, before the prose is under way', el);
      el.remove();
      // A prefix's last word may be cut in two: one more word than asked makes up for it.
    } else if (el.tagName === 'P' && wordCount(text) > (whole ? 25 : 26) && ++prose >= PROSE_UNDER_WAY) break;
  }
}
