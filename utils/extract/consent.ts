import { elementsWhere } from './dom';
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
const HEADLINE = new Set(['h1']);

/**
 * Takes consent managers out of the copy before Readability reads it: the outermost element named
 * as one, outside the page's article and main areas, that holds no headline (a cookie-policy page
 * puts its policy in `<main>` under an `<h1>`).
 */
export function dropConsentManagers(clone: Document, rec: Recorder = NO_TRACE): void {
  const named = elementsWhere(clone.body ?? clone, (el) =>
    CONSENT_NAME.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`),
  );
  for (const box of named) {
    if (!box.isConnected || box === clone.body || box === clone.documentElement) continue;
    if (withinArticleArea(box) || holdsAny(box, HEADLINE) || holdsAny(box, ARTICLE_AREA)) continue;
    rec.removed('consent notices', 'named as a cookie or consent manager', box);
    box.remove();
  }
}

function withinArticleArea(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (ARTICLE_AREA.has(up.localName)) return true;
  return false;
}

function holdsAny(el: Element, tags: ReadonlySet<string>): boolean {
  return elementsWhere(el, (inner) => inner !== el && tags.has(inner.localName)).length > 0;
}
