import { elementsByTag, elementsWhere, LINKS } from './dom';
import { clean } from './text';
import { NO_TRACE, type Recorder } from './trace';

/**
 * A breadcrumb trail ("Startseite › Ratgeber › Wohnen") is navigation, yet pages set it inside the
 * article's box above the headline, and outside a `<nav>`. Readability kept it (its pattern of
 * unlikely candidates knows only "breadcrumbs"), and the reader opened the body with the trail's
 * lines. A trail is known by what the page calls it: its class, id or label, or schema.org's
 * `BreadcrumbList`, never by its words.
 */
const TRAIL_NAME = /breadcrumb/i;
/** A trail is a short run of links; a box so named that holds more is a layout wrapper, and stays. */
const MAX_TRAIL_CHARS = 250;
/** What a trail never holds: the headline beside it in one box, or prose. */
const ARTICLE_PARTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'article', 'main']);

/** Takes breadcrumb trails out of the copy before Readability reads it; the field phases still read them on the page. */
export function dropBreadcrumbs(clone: Document, rec: Recorder = NO_TRACE): void {
  const named = elementsWhere(clone, (el) =>
    TRAIL_NAME.test(
      `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('itemtype') ?? ''}`,
    ),
  );
  for (const trail of named) {
    if (!trail.isConnected || !isTrail(trail)) continue;
    rec.removed('breadcrumbs', 'named as a breadcrumb trail', trail);
    trail.remove();
  }
}

function isTrail(el: Element): boolean {
  const text = clean(el.textContent);
  return (
    text.length <= MAX_TRAIL_CHARS &&
    elementsByTag(el, LINKS).length > 0 &&
    elementsByTag(el, ARTICLE_PARTS).length === 0
  );
}
