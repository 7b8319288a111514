import { holdersOf } from './dom';
import { NO_TRACE, type Recorder } from './trace';

/**
 * A consent manager's dialog (cookie banner, privacy centre) is often the longest run of prose on
 * a page: hundreds of words on purposes and partners, kept in the markup even while hidden by a
 * style sheet the core cannot see. Readability then reads it as the article. It is named as what
 * it is in its container's id or class ("…-consent-…", "cookie-banner", "CookieConsent", "gdpr").
 */
const CONSENT_NAME = /cookie|consent|gdpr/i;
/** Where an article lives; a consent box inside one (a notice on an embed) is the article's own business. */
const ARTICLE_AREA = new Set(['article', 'main']);
/** What a consent box never holds: a headline (a cookie-policy page's), or the article itself. */
const ARTICLE_PARTS = new Set(['h1', 'article', 'main']);

/**
 * Takes consent managers out of the copy before Readability reads it: the outermost element named
 * as one, outside the page's article and main areas, that holds no headline (a cookie-policy page
 * puts its policy in `<main>` under an `<h1>`). One walk down the page, skipping what is kept whole.
 */
export function dropConsentManagers(clone: Document, rec: Recorder = NO_TRACE): void {
  const body = clone.body;
  if (!body) return;
  const holdsArticle = holdersOf(body, ARTICLE_PARTS);
  const boxes: Element[] = [];
  const walker = clone.createTreeWalker(body, 1 /* SHOW_ELEMENT */);
  let el = walker.nextNode() as Element | null;
  while (el) {
    if (ARTICLE_AREA.has(el.localName)) {
      el = pastChildren(walker);
    } else if (
      !holdsArticle.has(el) &&
      CONSENT_NAME.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`)
    ) {
      boxes.push(el);
      el = pastChildren(walker);
    } else {
      el = walker.nextNode() as Element | null;
    }
  }
  for (const box of boxes) {
    rec.removed('consent notices', 'named as a cookie or consent manager', box);
    box.remove();
  }
}

/** The walk's next element after the current one's subtree. */
function pastChildren(walker: TreeWalker): Element | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling as Element;
    if (!walker.parentNode()) return null;
  }
}
