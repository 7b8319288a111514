import type { Metadata } from './metadata';
import { clean, countWords, key } from './text';
import { TITLE_SEPARATORS } from './patterns';

export interface Headline {
  title: string;
  /** The `<h1>` the headline was confirmed by, so body cleanup can find its duplicate. */
  element: Element | null;
  /** A site name read off a `<title>` suffix, for pages without og:site_name. */
  siteFromTitle: string;
}

/**
 * Picks the headline the page's sources agree on. Meta titles carry site suffixes
 * (` | Japan Digest`) and section kickers (`NEWS | `); the visible `<h1>` usually does not,
 * so an `<h1>` that matches a meta title (whole or one of its segments) wins. A colon is
 * never a separator: `Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit` is one headline.
 */
export function pickHeadline(doc: Document, meta: Metadata, readabilityTitle: string): Headline {
  const t = meta.titles;
  // `<title>` confirms an `<h1>` only on pages without structured titles: elsewhere an `<h1>`
  // holding the site logo would match a bare `<title>Site</title>`.
  const structured = [t.jsonLd, t.og, t.twitter, t.microdata].filter(Boolean);
  const metaTitles = structured.length ? structured : [t.document].filter(Boolean);
  const segments = metaTitles.flatMap((title) => [title, ...splitTitle(title)]);
  const segmentKeys = new Set(segments.map(key));
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => !h.closest('nav, footer, aside, [hidden]'));

  for (const h1 of h1s) {
    const text = clean(h1.textContent);
    if (!text || !segmentKeys.has(key(text))) continue;
    // Kicker and headline in separate spans: the meta title shows where the colon goes.
    const joined = kickerJoined(h1);
    const title = joined && segments.includes(joined) ? joined : text;
    return { title, element: h1, siteFromTitle: siteSuffix(t.document, title) };
  }

  // No visible match: the structured headline is written for machines and carries no suffix.
  let title = t.jsonLd || t.microdata;
  if (!title) {
    const fromMeta = t.og || t.twitter || t.document;
    const confirmedBy = [t.og, t.twitter, t.document, readabilityTitle].filter(Boolean);
    title = fromMeta ? bestSegment(fromMeta, confirmedBy, meta.siteName) : '';
  }
  if (!title && h1s.length === 1) title = clean(h1s[0]!.textContent);
  title ||= clean(readabilityTitle);
  const h1 = h1s.find((h) => key(h.textContent) === key(title)) ?? null;
  return { title, element: h1, siteFromTitle: siteSuffix(t.document, title) };
}

/**
 * `<h1><span>Kicker</span><span>Headline</span></h1>` reads `Kicker Headline` as text, while
 * the page shows the parts apart and its meta titles write `Kicker: Headline`.
 */
function kickerJoined(h1: Element): string {
  const parts = Array.from(h1.childNodes, (n) => clean(n.textContent)).filter(Boolean);
  return parts.length === 2 && h1.children.length >= 1 ? `${parts[0]}: ${parts[1]}` : '';
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
  // CJK writes no spaces: about three characters make a word's worth of a name.
  const words = (s: string): number => {
    const { words: w, cjkChars } = countWords(clean(s));
    return w + Math.ceil(cjkChars / 3);
  };
  const isSite = (s: string): boolean => key(s) === key(siteName) || words(s) <= 4;
  while (pieces.length >= 3 && isSite(pieces[pieces.length - 1]!) && words(pieces.slice(0, -2).join('')) > words(pieces[pieces.length - 1]!)) pieces.splice(-2);
  if (pieces.length >= 3 && isKicker(pieces[0]!)) pieces.splice(0, 2);
  return clean(pieces.join(''));
}

/** `NEWS | Headline`, `Politik - Headline`: a one- or two-word section label before the headline. */
function isKicker(s: string): boolean {
  const c = clean(s);
  return c.split(' ').length <= 2 && (c === c.toUpperCase() || c.length <= 20);
}

/** `Headline | Site`: the part of `<title>` after the headline, when it looks like a name. */
function siteSuffix(documentTitle: string, headline: string): string {
  const parts = splitTitle(documentTitle);
  const at = parts.findIndex((p) => key(p) === key(headline));
  const last = parts[parts.length - 1];
  if (at < 0 || at === parts.length - 1 || !last) return '';
  return last.split(/\s+/).length <= 5 ? last : '';
}
