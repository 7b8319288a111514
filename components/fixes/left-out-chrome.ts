import type { PassName } from '@/utils/article';
import { clean } from '@/utils/extract/text';

/**
 * Which passages the extraction removed are the page's chrome, not article text a reader wants
 * back: what "Show what Lede left out" does not offer. Judged by the pass that removed a passage
 * and by the passage's shape on the page, never by its words.
 */

/** Passes whose every removal is chrome: a poll, another story's card, a share bar or call to act, the headline or teaser again, a heading's permalink symbol. */
const CHROME_PASSES: ReadonlySet<PassName> = new Set([
  'polls',
  'consent notices',
  'breadcrumbs',
  'screen reader labels',
  'form labels',
  'cards',
  'boilerplate',
  'leading duplicates',
  'teaser duplicates',
  'pictures in lists',
  'permalinks',
]);

/** Landmarks of the page around its article: menus, the site's footer, a form, a notice laid over the page. */
const CHROME_LANDMARKS =
  'nav, footer, form, [role="navigation"], [role="contentinfo"], dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
/** The site's header; an article's own `<header>` holds its headline and teaser. */
const PAGE_HEADER = 'header, [role="banner"]';

/** Class and id words of consent notices, share and subscribe boxes, lists of other stories, readers' comments, ad slots. */
const CHROME_NAMES =
  /(?:^|[\s_-])(?:consent|cookies?|gdpr|cmp|newsletter|subscribe|subscription|share|sharing|social|paywall|promo|related|recommended|recirculation|comments?|ads?|advert|advertisement|adslot|sponsored)(?:$|[\s_-])/i;
/** Wrappers looked at for such names, going up from a passage: a box, not the page's layout. */
const NAMED_LEVELS = 4;

/** A card's whole text stays under this: a story's teaser, not a section of the article. */
const MAX_CARD_CHARS = 600;
/** A prompt's whole text stays under this: a notice with its buttons, not an article with a form in it. */
const MAX_PROMPT_CHARS = 600;
/** Wrappers looked at for a prompt's button: a notice's own box, not the article's. */
const PROMPT_LEVELS = 3;

export function isChromePass(pass: PassName): boolean {
  return CHROME_PASSES.has(pass);
}

/** Whether the passage, as the page has it, is chrome by its shape. */
export function isChromeShape(element: Element): boolean {
  if (element.localName === 'h1' || element.closest(CHROME_LANDMARKS)) return true;
  const header = element.closest(PAGE_HEADER);
  if (header && !header.closest('article')) return true;
  // Text of a style sheet or a script is no passage of the article.
  if (element.matches('style, script, noscript') || element.querySelector('style, script')) return true;
  return namedChrome(element) || inCard(element) || inPrompt(element);
}

function namedChrome(element: Element): boolean {
  let at: Element | null = element;
  for (let level = 0; at && level <= NAMED_LEVELS && at.localName !== 'body'; level++, at = at.parentElement)
    if (CHROME_NAMES.test(`${at.getAttribute('class') ?? ''} ${at.id}`)) return true;
  return false;
}

/** Under a linked headline in a short box (the nearest heading above it is a link): the teaser of another story. */
function inCard(element: Element): boolean {
  // A card may be an `<article>` of its own; the article read has its headline unlinked.
  for (
    let box = element.parentElement;
    box && box.localName !== 'body' && box.localName !== 'main';
    box = box.parentElement
  ) {
    if (clean(box.textContent).length > MAX_CARD_CHARS) return false;
    const heading = box.querySelector('h1, h2, h3, h4');
    if (heading) return heading.querySelector('a[href]') !== null || heading.closest('a[href]') !== null;
  }
  return false;
}

/** In a short box with a button, a few wrappers up: a notice to accept or close (consent, a newsletter prompt), not prose. */
function inPrompt(element: Element): boolean {
  let box: Element | null = element;
  for (let level = 0; box && level <= PROMPT_LEVELS && !isPageBox(box); level++, box = box.parentElement) {
    if (clean(box.textContent).length > MAX_PROMPT_CHARS) return false;
    if (box.querySelector('button, [role="button"], input[type="submit"], input[type="button"]')) return true;
  }
  return false;
}

/** The article, the page's main part or the page itself: never a card or a notice, whatever its length. */
function isPageBox(box: Element): boolean {
  return box.localName === 'body' || box.localName === 'main' || box.localName === 'article';
}
