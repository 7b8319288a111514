import type { Metadata } from './metadata';
import { elementsByTag, inChrome, permalinkMark } from './dom';
import { clean, countWords, key, wordCount } from './text';
import { TITLE_SEPARATORS } from './patterns';

export interface Headline {
  title: string;
  /** The heading the headline was read from, so body cleanup can find its duplicate. */
  element: Element | null;
  /** A site name read off a `<title>` suffix, for pages without og:site_name. */
  siteFromTitle: string;
}

const H1 = new Set(['h1']);
const HEADINGS = new Set(['h1', 'h2', 'h3']);
/** Where a heading is navigation, not the article's headline: breadcrumbs, menus, sidebars. */
const NOT_HEADLINE = { tags: new Set(['NAV', 'FOOTER', 'ASIDE']), hints: /crumb/i };
/** Where an `<h2>`/`<h3>` is another article's title: teaser cards and lists around the story. */
const OTHER_STORIES = {
  tags: new Set(['NAV', 'FOOTER', 'ASIDE', 'A']),
  hints: /crumb|related|recommend|teaser|more-?(?:from|stories)|popular|trending|sidebar|widget/i,
};

/**
 * Picks the headline the reader sees, confirmed by the page's sources where they agree. Meta
 * titles carry site suffixes (` | Japan Digest`) and section kickers (`NEWS | `); the visible
 * `<h1>` usually does not, so an `<h1>` that matches a meta title (whole or one of its segments)
 * wins. When none matches, a heading that does (sites that print the headline in an `<h2>` and
 * give `<h1>` to the breadcrumb), else the article's own `<h1>`: og/JSON-LD titles are often
 * SEO variants the reader never saw. A colon is never a separator: `Spitzentreffen Japan,
 * Russland: Entwurf für Zusammenarbeit` is one headline.
 */
export function pickHeadline(doc: Document, meta: Metadata, readabilityTitle: string): Headline {
  const t = meta.titles;
  // `<title>` confirms an `<h1>` only on pages without structured titles: elsewhere an `<h1>`
  // holding the site logo would match a bare `<title>Site</title>`.
  const structured = [t.jsonLd, t.og, t.twitter, t.microdata].filter(Boolean);
  const metaTitles = structured.length ? structured : [t.document].filter(Boolean);
  const segments = metaTitles.flatMap((title) => [title, ...splitTitle(title)]);
  const segmentKeys = new Set(segments.map(key));
  const sites = siteKeys(doc, meta, structured.length ? segmentKeys : new Set());
  const h1s = elementsByTag(doc, H1).filter((h) => isHeadlineH1(h, sites, t.document));
  // A page that marks its article shows the headline in it; copies elsewhere (a sticky bar
  // repeating the og title, the page header) are not what the reader reads first.
  // (Several `<h1>`s in the article are its section headings, not a headline and its copies.)
  const inArticle = h1s.filter((h) => h.closest('article, main') && !hidden(h));
  const candidates = inArticle.length === 1 ? inArticle : h1s;
  const found = (element: Element, text: string): Headline => {
    const title = withoutPermalink(element, text);
    return { title, element, siteFromTitle: siteSuffix(t.document, title) };
  };

  for (const h1 of candidates) {
    // Kicker and headline in separate spans: the meta title shows where the colon goes.
    const joined = kickerJoined(h1);
    if (joined && segments.includes(joined)) return found(h1, joined);
    const text = clean(h1.textContent);
    if (text && segmentKeys.has(key(text))) return found(h1, text);
  }

  const confirmed = confirmedHeading(
    doc,
    segments.filter((s) => !sites.has(key(s)) && words(s) >= 3),
  );
  if (confirmed) return found(confirmed.heading, confirmed.title);
  // The JSON-LD headline, when the og or `<title>` repeats it, is the publisher's own choice
  // over a display variant in the `<h1>` (kicker dropped, shortened); a lone og:title is not.
  if (
    t.jsonLd &&
    [t.og, t.twitter, t.document].some((m) => m && [m, ...splitTitle(m)].some((s) => key(s) === key(t.jsonLd)))
  ) {
    return { title: t.jsonLd, element: candidates[0] ?? null, siteFromTitle: siteSuffix(t.document, t.jsonLd) };
  }
  // og/twitter titles written for sharing differ from the `<h1>` the reader sees; a page with
  // only a `<title>` that its `<h1>` does not match has that `<h1>` for something else. A page
  // with no title of any kind has only its `<h1>` to go by.
  const visible =
    structured.length || !t.document ? candidates.find((h) => words(clean(h.textContent)) >= 2) : undefined;
  if (visible) {
    const text = clean(visible.textContent);
    // `Artist: Album` with the artist set above the `<h1>`: the meta title joins them as the page does.
    const kickered = structured.find((m) => new RegExp(`[:：]\\s*${escape(text)}$`, 'u').test(m));
    return found(visible, kickered ?? text);
  }

  // No visible headline: the structured headline is written for machines and carries no suffix.
  let title = t.jsonLd || t.microdata;
  if (!title) {
    const fromMeta = t.og || t.twitter || t.document;
    // Readability's title is cut from `<title>`: it confirms only a title read from elsewhere.
    const confirmedBy = [t.og, t.twitter, t.document, fromMeta === t.document ? '' : readabilityTitle].filter(Boolean);
    title = fromMeta ? bestSegment(fromMeta, confirmedBy, meta.siteName) : '';
  }
  title ||= clean(readabilityTitle);
  // No title of any kind, and a one-word `<h1>` ("Brexit"): the reader still shows the headline printed.
  const printed = title ? undefined : candidates.find((h) => clean(h.textContent));
  if (printed) return found(printed, clean(printed.textContent));
  const h1 = h1s.find((h) => key(h.textContent) === key(title)) ?? null;
  return { title, element: h1, siteFromTitle: siteSuffix(t.document, title) };
}

/**
 * Names of the site, which its logo `<h1>` repeats: og:site_name, the publisher, and a
 * `<title>` that shares nothing with the structured titles (`structuredKeys`: each whole and in
 * its parts; `<title>Site</title>`), where
 * those declare the headline (JSON-LD, microdata) or a heading prints one of them. A sharing
 * title (og, twitter) that no heading prints is a dek or a brand; the `<title>` is then the
 * headline the page prints.
 */
function siteKeys(doc: Document, meta: Metadata, structuredKeys: ReadonlySet<string>): Set<string> {
  const sites = new Set([key(meta.siteName)]);
  const t = meta.titles;
  const title = key(t.document);
  const unrelated = structuredKeys.size > 0 && ![...structuredKeys].some((p) => title.includes(p));
  if (unrelated && (t.jsonLd || t.microdata || printsAsHeading(doc, structuredKeys))) sites.add(title);
  sites.delete('');
  return sites;
}

function printsAsHeading(doc: Document, titles: ReadonlySet<string>): boolean {
  return elementsByTag(doc, HEADINGS).some((h) => titles.has(key(h.textContent)));
}

/**
 * Whether an `<h1>` can hold the headline: not in navigation (breadcrumbs put the headline's
 * short form in an `<h1>` on some sites), not hidden, and not the site's logo — a link home,
 * an image with little text, or the site's name (on a page that names no site, a blog's `<h1>`
 * that is one end of every `<title>`, the other, longer end being the post's title).
 */
function isHeadlineH1(h1: Element, sites: Set<string>, documentTitle: string): boolean {
  if (h1.closest('[hidden]') || inChrome(h1, NOT_HEADLINE)) return false;
  const text = key(h1.textContent);
  if (!text || sites.has(text) || /logo|brand/i.test(`${h1.getAttribute('class') ?? ''} ${h1.id}`)) return false;
  if (h1.querySelector('img, svg') && words(text) <= 3) return false;
  const link = h1.closest('a[href]') ?? h1.querySelector('a[href]');
  if (link && isHomeLink(link, h1.ownerDocument)) return false;
  if (sites.size) return true;
  const parts = splitTitle(documentTitle).map(key);
  const end = parts.length >= 2 && (parts[0] === text || parts[parts.length - 1] === text);
  return !(end && !h1.closest('article, main') && parts.some((p) => p.length > text.length));
}

function isHomeLink(a: Element, doc: Document): boolean {
  try {
    const url = new URL(a.getAttribute('href') ?? '', doc.baseURI);
    return url.pathname === '/' && !url.search && url.host === new URL(doc.baseURI).host;
  } catch {
    return false;
  }
}

/**
 * An `<h2>`/`<h3>` outside lists of other stories whose text a meta title confirms; the
 * innermost confirmed part when the heading sets a kicker apart (`<h2><span>Kicker</span>
 * <span>Headline</span></h2>`, og:title = the headline alone).
 */
function confirmedHeading(doc: Document, titles: string[]): { heading: Element; title: string } | null {
  if (!titles.length) return null;
  const wanted = new Set(titles.map(key));
  for (const heading of doc.querySelectorAll('h2, h3')) {
    let part: Element | null = null;
    for (const el of [heading, ...heading.querySelectorAll('*')]) if (wanted.has(key(el.textContent))) part = el;
    if (!part || inChrome(heading, OTHER_STORIES) || heading.closest('[hidden]')) continue;
    // A kicker in a span of its own shows the colon the text content lacks.
    const joined = kickerJoined(part);
    return { heading, title: joined && titles.includes(joined) ? joined : clean(part.textContent) };
  }
  return null;
}

/** A heading's permalink symbol (`permalinkMark`) is not a word of the headline. */
function withoutPermalink(heading: Element, title: string): string {
  let out = title;
  for (const a of Array.from(heading.getElementsByTagName('a'))) {
    const mark = permalinkMark(a);
    if (!mark) continue;
    if (out.endsWith(mark)) out = out.slice(0, -mark.length).trimEnd();
    else if (out.startsWith(mark)) out = out.slice(mark.length).trimStart();
  }
  return out || title;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** CJK writes no spaces: about three characters make a word's worth. */
function words(s: string): number {
  const { words: w, cjkChars } = countWords(clean(s));
  return w + Math.ceil(cjkChars / 3);
}

/**
 * `<h1><span>Kicker</span><span>Headline</span></h1>` reads `Kicker Headline` as text, while
 * the page shows the parts apart and its meta titles write `Kicker: Headline`.
 */
function kickerJoined(h1: Element): string {
  const parts = Array.from(h1.childNodes, (n) => clean(n.textContent)).filter(Boolean);
  if (parts.length !== 2 || h1.children.length < 1) return '';
  // A kicker may carry its own colon (`<span>Kicker:</span>Headline`): only the space is missing.
  return /[:：]$/.test(parts[0]!) ? `${parts[0]} ${parts[1]}` : `${parts[0]}: ${parts[1]}`;
}

function splitTitle(title: string): string[] {
  return title.split(TITLE_SEPARATORS).map(clean).filter(Boolean);
}

/**
 * The headline inside a meta title: a segment another source repeats, else the title without
 * its site-name suffix and kicker prefix (short segments at either end), separators inside kept.
 */
function bestSegment(title: string, others: string[], siteName: string): string {
  const parts = splitTitle(title);
  if (parts.length < 2) return clean(title);
  const otherKeys = others.flatMap((o) => [o, ...splitTitle(o)]).map(key);
  const agreed = parts.filter((p) => otherKeys.filter((k) => k === key(p)).length > 1 && key(p) !== key(siteName));
  if (agreed.length) return agreed.reduce((a, b) => (b.length > a.length ? b : a));
  const pieces = title.split(new RegExp(`(${TITLE_SEPARATORS.source})`, 'u'));
  const isSite = (s: string): boolean => key(s) === key(siteName) || words(s) <= 4;
  while (
    pieces.length >= 3 &&
    isSite(pieces[pieces.length - 1]!) &&
    words(pieces.slice(0, -2).join('')) > words(pieces[pieces.length - 1]!)
  )
    pieces.splice(-2);
  if (
    pieces.length >= 3 &&
    isKicker(pieces[0]!) &&
    !JOINS_CLAUSES.test(pieces[1]!) &&
    words(pieces.slice(2).join('')) >= 3
  )
    pieces.splice(0, 2);
  return clean(pieces.join(''));
}

/** A dash as long as a clause (`Project kickoff — questions before we start`) joins a headline's parts. */
const JOINS_CLAUSES = /—/u;

/**
 * `NEWS | Headline`, `Politik - Headline`: a one- or two-word section label before the headline,
 * with a headline after it (`SCP-9935 - SCP Foundation` is a name and the site's).
 */
function isKicker(s: string): boolean {
  const c = clean(s);
  return wordCount(c) <= 2 && (c === c.toUpperCase() || c.length <= 20);
}

/** `Headline | Site`: the part of `<title>` after the headline, when it looks like a name. */
function siteSuffix(documentTitle: string, headline: string): string {
  const parts = splitTitle(documentTitle);
  const at = parts.findIndex((p) => key(p) === key(headline));
  const last = parts[parts.length - 1];
  // A headline of several segments (`Kickoff — questions - Gmail`) opens the title as one.
  const opens = key(documentTitle).startsWith(key(headline)) && !key(headline).endsWith(key(last));
  if ((at < 0 && !opens) || at === parts.length - 1 || !last) return '';
  return last.split(/\s+/).length <= 5 ? last : '';
}

/** Hidden from the reader: a copy for machines (`<h1 class="is-hidden" itemprop="headline">`). */
function hidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /(?:^|\s)(?:is-)?hidden(?:\s|$)/i.test(el.getAttribute('class') ?? '')
  );
}
