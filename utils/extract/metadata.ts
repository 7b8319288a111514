import { absoluteUrl, clean, key } from './text';
import { elementsWhere, inChrome } from './dom';
import { dateFromUrl, normalizeDate } from './dates';
import { ARTICLE_TYPES, DATE_META_KEYS, AUTHOR_META_KEYS, AUTHOR_LIST_META_KEYS } from './patterns';

/** A `<time>` counts as the publication date inside the article or its header... */
const ARTICLE_ZONE = { tags: new Set(['ARTICLE', 'MAIN', 'HEADER']), hints: /^$/ };
/** ...but not in a related-articles box, a comment or the page footer. */
const TIME_OUTSIDE = { tags: new Set(['ASIDE', 'NAV', 'FOOTER']), hints: /related|comment/i };

/** Everything the page says about itself outside the body, before any DOM heuristics. */
export interface Metadata {
  /** Headline candidates from structured data and meta tags, best source first. */
  titles: { jsonLd: string; og: string; twitter: string; microdata: string; document: string };
  /** Author names as given by JSON-LD and meta tags (still raw: may need splitting and cleaning). */
  authors: string[];
  /** Organisations JSON-LD names as author: the byline of last resort, when no person is named. */
  organisations: string[];
  description: string;
  /** The publication date the markup gives (structured data, meta tags, `<time>` in the header). */
  publishedTime: string | null;
  /** Whether JSON-LD or a meta tag dates the page, as article pages do and index pages do not. */
  dated: boolean;
  /** The day in the permalink: right nearly always, but only a day. */
  urlDate: string | null;
  siteName: string;
  /** Every name the page gives itself, apart, for pickSiteName (site-name.ts) to weigh. */
  siteNames: SiteNames;
  image: string;
  lang: string;
  dir: string;
  canonical: string;
}

export interface SiteNames {
  og: string;
  /** JSON-LD: the article's publisher, and the WebSite node's name. */
  publisher: string;
  website: string;
  application: string;
  /** The alt text of the header's logo: the brand as the page shows it ("News | Freie Presse"). */
  logo: string;
}

type Json = Record<string, unknown>;

/**
 * The page's elements that the metadata reads (`<link>`, `<meta>`, `<script>`, `<time>`, `<abbr>`,
 * and the first element of each microdata property), gathered in one walk of the page: a walk
 * per kind cost a fixed share of every extraction, the more so on a short article.
 */
export interface PageTags {
  byTag: Map<string, Element[]>;
  props: Map<string, Element>;
}

const TAGS = new Set(['link', 'meta', 'script', 'time', 'abbr']);

export function pageTags(doc: Document): PageTags {
  const byTag = new Map<string, Element[]>(Array.from(TAGS, (t) => [t, []]));
  const props = new Map<string, Element>();
  const root = doc.documentElement;
  // A walk with a JS test is far faster than selectors in jsdom.
  for (const el of elementsWhere(doc, () => true)) {
    if (TAGS.has(el.localName)) byTag.get(el.localName)!.push(el);
    // Microdata is read below the root element, as it always was.
    const prop = el === root ? null : el.getAttribute('itemprop');
    if (prop) for (const name of prop.split(/\s+/)) if (name && !props.has(name)) props.set(name, el);
  }
  return { byTag, props };
}

const tagsOf = (tags: PageTags, tag: string): Element[] => tags.byTag.get(tag) ?? [];

export function readMetadata(doc: Document, url: string): Metadata {
  const tags = pageTags(doc);
  const meta = metaTags(doc, tags);
  const ld = jsonLd(doc, tags);
  const m = (...keys: string[]): string => keys.map((k) => meta.get(k) ?? '').find(Boolean) ?? '';
  const props = tags.props;
  const itemprop = (name: string): string => {
    const el = props.get(name);
    return clean(el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.textContent);
  };

  const canonicalHref =
    clean(
      tagsOf(tags, 'link')
        .find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? ''))
        ?.getAttribute('href'),
    ) || m('og:url');
  // The permalink carries the date more often than the URL the page was opened with.
  const canonical = absoluteUrl(canonicalHref, url);

  const metaAuthors = AUTHOR_META_KEYS.flatMap((k) =>
    AUTHOR_LIST_META_KEYS.has(k) ? meta.all(k) : [meta.get(k) ?? ''],
  )
    .filter(Boolean)
    // article:author is often a profile URL, which says nothing about the name.
    .filter((a) => !/^(https?:)?\/\//i.test(a));
  // A publisher's CMS names itself in `author` and the writer in `article:author`: when the
  // tags disagree, the copyright holder is not the writer.
  const copyright = key(m('copyright', 'dcterms.rightsholder'));
  const people = metaAuthors.filter((a) => !(copyright && key(a) && copyright.includes(key(a))));
  if (people.length && people.length < metaAuthors.length) metaAuthors.splice(0, metaAuthors.length, ...people);

  const declaredDate =
    normalizeDate(ld.datePublished) ?? DATE_META_KEYS.map((k) => normalizeDate(meta.get(k))).find(Boolean) ?? null;

  return {
    titles: {
      jsonLd: ld.headline,
      og: m('og:title'),
      twitter: m('twitter:title'),
      microdata: itemprop('headline'),
      document: clean(doc.title),
    },
    authors: ld.authors.length ? ld.authors : metaAuthors,
    organisations: ld.organisations,
    description: m('og:description', 'description', 'twitter:description', 'dc.description'),
    publishedTime: declaredDate ?? normalizeDate(itemprop('datePublished')) ?? headerTime(doc, tags),
    dated: declaredDate !== null,
    urlDate: dateFromUrl(canonical ?? url),
    siteName: m('og:site_name') || ld.siteName || m('application-name', 'al:android:app_name'),
    siteNames: {
      og: m('og:site_name'),
      publisher: ld.publisher,
      website: ld.website,
      application: m('application-name'),
      // Read only when asked (a site named as a company): the selector costs a walk of the whole page.
      get logo() {
        return logoAlt(doc);
      },
    },
    image: m('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') || ld.image,
    lang:
      clean(doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang')) ||
      m('og:locale').replace('_', '-') ||
      m('content-language', 'dc.language', 'language') ||
      ld.inLanguage,
    dir: clean(doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir')).toLowerCase(),
    canonical: canonical ?? '',
  };
}

/** A logo is an image whose own or whose link's id or class says so, or the first picture in the page's header. */
const LOGO = 'img[id*="logo" i][alt], img[class*="logo" i][alt], [class*="logo" i] > img[alt], header a img[alt]';

function logoAlt(doc: Document): string {
  return clean(doc.querySelector(LOGO)?.getAttribute('alt'));
}

/** First content of each meta name/property/http-equiv, keyed in lower case; `all` gives every content of a repeated author name. */
export function metaTags(
  doc: Document,
  tags: PageTags = pageTags(doc),
): Map<string, string> & { all(name: string): string[] } {
  const map = new Map<string, string>();
  // A paper's `citation_author` (or `dc.creator`) is repeated once per author: every one counts.
  const lists = new Map<string, string[]>();
  for (const el of tagsOf(tags, 'meta')) {
    // Some CMSes write `value=` where the standard says `content=`; browsers keep both as attributes.
    const content = clean(el.getAttribute('content') ?? el.getAttribute('value'));
    if (!content) continue;
    // `property` may hold several space-separated names (RDFa), e.g. "og:title twitter:title".
    const names = [
      el.getAttribute('property'),
      el.getAttribute('name'),
      el.getAttribute('http-equiv'),
      el.getAttribute('itemprop'),
    ]
      .flatMap((n) => (n ?? '').toLowerCase().split(/\s+/))
      .filter(Boolean);
    for (const name of names) {
      if (!map.has(name)) map.set(name, content);
      if (!AUTHOR_LIST_META_KEYS.has(name)) continue;
      const list = lists.get(name);
      if (!list) lists.set(name, [content]);
      else if (!list.includes(content)) list.push(content);
    }
  }
  return Object.assign(map, { all: (name: string): string[] => lists.get(name) ?? [] });
}

/** First element of each microdata property (headline, datePublished...). */
export function itemprops(doc: Document): Map<string, Element> {
  return pageTags(doc).props;
}

/**
 * The publication time printed in the article header, where CMSes put `<time datetime>`, or
 * `<abbr class="published" title>` (the hAtom microformat of older blogs).
 */
export function headerTime(doc: Document, tags: PageTags = pageTags(doc)): string | null {
  const times = tagsOf(tags, 'time').filter((t) => t.hasAttribute('datetime'));
  const el =
    times.find((t) => t.hasAttribute('pubdate')) ??
    times.find((t) => inChrome(t, ARTICLE_ZONE) && !inChrome(t, TIME_OUTSIDE));
  if (el) return normalizeDate(el.getAttribute('datetime'));
  const abbr = tagsOf(tags, 'abbr').find(
    (a) => /(^|\s)published(\s|$)/.test(a.getAttribute('class') ?? '') && a.hasAttribute('title'),
  );
  return normalizeDate(abbr?.getAttribute('title'));
}

export interface JsonLdFacts {
  headline: string;
  authors: string[];
  organisations: string[];
  datePublished: string;
  siteName: string;
  publisher: string;
  website: string;
  image: string;
  inLanguage: string;
}

export function jsonLd(doc: Document, tags: PageTags = pageTags(doc)): JsonLdFacts {
  const nodes: Json[] = [];
  for (const script of tagsOf(tags, 'script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      // Some CMSes wrap the JSON in CDATA comments.
      const raw = (script.textContent ?? '').replace(/^\s*(\/\/\s*)?<!\[CDATA\[|(\/\/\s*)?\]\]>\s*$/g, '');
      flatten(JSON.parse(raw), nodes);
    } catch {
      // A broken block must not hide the others.
    }
  }
  const byId = new Map<string, Json>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && Object.keys(n).length > 1) byId.set(n['@id'], n);
  const resolve = (v: unknown): unknown =>
    isObj(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? (byId.get(v['@id']) ?? v) : v;

  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  const site = nodes.find((n) => types(n).includes('WebSite'));
  const facts: JsonLdFacts = {
    headline: '',
    authors: [],
    organisations: [],
    datePublished: '',
    siteName: '',
    publisher: '',
    website: '',
    image: '',
    inLanguage: '',
  };
  if (article) {
    facts.headline = str(article.headline) || str(article.name);
    const authors = list(article.author).map(resolve);
    const isOrg = (a: unknown): boolean => isObj(a) && types(a).some((t) => /Organi[sz]ation$/.test(t));
    facts.authors = authors
      .filter((a) => !isOrg(a))
      .map(personName)
      .filter(Boolean);
    facts.organisations = authors.filter(isOrg).map(personName).filter(Boolean);
    facts.datePublished = str(article.datePublished) || str(article.dateCreated);
    facts.image = imageUrl(resolve(list(article.image)[0]) ?? list(article.thumbnailUrl)[0]);
    facts.inLanguage = str(article.inLanguage);
    const publisher = resolve(list(article.publisher)[0]);
    facts.siteName = isObj(publisher) ? str(publisher.name) : '';
    facts.publisher = facts.siteName;
  }
  if (site) facts.website = str(site.name);
  if (!facts.siteName) facts.siteName = facts.website;
  return facts;
}

function flatten(value: unknown, out: Json[]): void {
  if (Array.isArray(value)) for (const v of value) flatten(v, out);
  else if (isObj(value)) {
    out.push(value);
    if (value['@graph']) flatten(value['@graph'], out);
    // Articles are sometimes nested as mainEntity of a WebPage.
    if (isObj(value.mainEntity)) flatten(value.mainEntity, out);
  }
}

function types(n: Json): string[] {
  return list(n['@type']).filter((t): t is string => typeof t === 'string');
}

function personName(v: unknown): string {
  if (typeof v === 'string') return clean(v);
  if (isObj(v)) return str(v.name);
  return '';
}

function imageUrl(v: unknown): string {
  if (typeof v === 'string') return clean(v);
  if (isObj(v)) return str(v.url) || str(v.contentUrl);
  return '';
}

function str(v: unknown): string {
  if (typeof v === 'string') return clean(decodeEntities(v));
  if (Array.isArray(v) && typeof v[0] === 'string') return clean(decodeEntities(v[0]));
  return '';
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Some CMSes HTML-escape strings inside JSON-LD (`&quot;Zitat&quot;`); JSON needs no escaping. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function list(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
