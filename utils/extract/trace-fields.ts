import type { Article } from '../article';
import type { Headline } from './headline';
import { normalizeLang, detectLanguage } from './language';
import { headerTime, itemprops, jsonLd, metaTags, type Metadata } from './metadata';
import { normalizeDate } from './dates';
import { DATE_META_KEYS, TITLE_SEPARATORS } from './patterns';
import { absoluteUrl, clean, key } from './text';
import type { Recorder } from './trace';

/**
 * The values each field could have had, for the pass trace: read from the page's metadata
 * source by source (where `readMetadata` keeps only the winner), in the order `readMetadata`
 * and `extractArticle` try them, so that the first source giving the chosen value is the one
 * it came from. Runs only when tracing.
 */

export function traceMetadata(rec: Recorder, doc: Document, url: string): void {
  const meta = metaTags(doc);
  const ld = jsonLd(doc);
  const props = itemprops(doc);
  const m = (k: string): string => meta.get(k) ?? '';
  const itemprop = (name: string): string => {
    const el = props.get(name);
    return clean(el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.textContent);
  };

  rec.saw('title', ld.headline, 'json-ld headline');
  rec.saw('title', m('og:title'), 'meta og:title');
  rec.saw('title', m('twitter:title'), 'meta twitter:title');
  rec.saw('title', itemprop('headline'), 'microdata headline');
  rec.saw('title', clean(doc.title), '<title>');

  rec.saw('siteName', m('og:site_name'), 'meta og:site_name');
  rec.saw('siteName', ld.siteName, 'json-ld publisher');
  for (const k of ['application-name', 'al:android:app_name']) rec.saw('siteName', m(k), `meta ${k}`);

  for (const k of ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'])
    rec.saw('leadImage', absoluteUrl(m(k), url), `meta ${k}`);
  rec.saw('leadImage', absoluteUrl(ld.image, url), 'json-ld image');

  const html = doc.documentElement;
  rec.saw('lang', normalizeLang(clean(html.getAttribute('lang') ?? html.getAttribute('xml:lang'))), '<html lang>');
  rec.saw('lang', normalizeLang(m('og:locale').replace('_', '-')), 'meta og:locale');
  for (const k of ['content-language', 'dc.language', 'language']) rec.saw('lang', normalizeLang(m(k)), `meta ${k}`);
  rec.saw('lang', normalizeLang(ld.inLanguage), 'json-ld inLanguage');

  rec.saw('publishedTime', normalizeDate(ld.datePublished), 'json-ld datePublished');
  for (const k of DATE_META_KEYS) rec.saw('publishedTime', normalizeDate(meta.get(k)), `meta ${k}`);
  rec.saw('publishedTime', normalizeDate(itemprop('datePublished')), 'microdata datePublished');
  rec.saw('publishedTime', headerTime(doc), '<time> in the article header');
}

/** Whether the page's JSON-LD names the authors that `readMetadata` passed on (it prefers JSON-LD to meta tags). */
export function authorMetaSource(doc: Document): string {
  return jsonLd(doc).authors.length ? 'json-ld author' : 'meta author';
}

/**
 * The headline's candidates are the page's titles and its visible `<h1>`s. Its source is the
 * heading it was read from when the title is that heading's text (meta titles that repeat it,
 * whole or as a part, confirm it), else the metadata that gave it.
 */
export function traceTitle(
  rec: Recorder,
  doc: Document,
  meta: Metadata,
  readabilityTitle: string,
  headline: Headline,
): void {
  for (const h1 of Array.from(doc.getElementsByTagName('h1')))
    if (!h1.closest('[hidden]')) rec.saw('title', clean(h1.textContent), 'h1', h1);
  rec.saw('title', readabilityTitle, 'readability');
  const value = key(headline.title);
  const t = meta.titles;
  const metas: Array<[string, string]> = [
    [t.jsonLd, 'json-ld headline'],
    [t.og, 'meta og:title'],
    [t.twitter, 'meta twitter:title'],
    [t.microdata, 'microdata headline'],
    [t.document, '<title>'],
  ];
  const parts = metas
    .filter(([title]) => title && key(title) !== value && title.split(TITLE_SEPARATORS).some((p) => key(p) === value))
    .map(([, source]) => `${source} (a part)`);
  const el = headline.element;
  const shown = el ? key(el.textContent) : '';
  if (!value) {
    rec.chose('title', headline.title);
  } else if (el && shown && (shown === value || value.endsWith(shown))) {
    rec.chose('title', headline.title, { source: el.tagName.toLowerCase(), element: el, also: parts });
  } else {
    const whole = metas.find(([title]) => title && key(title) === value)?.[1];
    const part = parts[0];
    rec.chose('title', headline.title, {
      source: whole ?? part ?? rec.sourceOf('title', headline.title) ?? 'readability',
      also: whole ? parts : parts.slice(1),
    });
  }
}

export interface LateFacts {
  article: Article;
  meta: Metadata;
  printed: () => string | null;
  siteFromTitle: string;
  host: string;
  readabilityLang: string;
  teaser: string[];
  description: string;
  /** The sanitised body, for its pictures. */
  body: Element;
  url: string;
}

/** The fields decided last, and the choice of every field but the title. */
export function traceLate(rec: Recorder, f: LateFacts): void {
  const { article } = f;
  rec.saw('siteName', f.siteFromTitle, '<title> suffix');
  rec.saw('siteName', f.host, 'host name');
  rec.chose('siteName', article.siteName);

  const images = Array.from(f.body.querySelectorAll('img[src]'), (img) =>
    absoluteUrl(img.getAttribute('src'), f.url),
  ).filter((src): src is string => Boolean(src));
  images
    .slice(0, 5)
    .forEach((src, i) => rec.saw('leadImage', src, i ? 'picture in the body' : 'first picture in the body'));
  rec.chose('leadImage', article.leadImage);

  rec.saw('lang', normalizeLang(f.readabilityLang), 'readability');
  rec.saw('lang', detectLanguage(`${article.title}\n${article.text}`), 'detected from the text');
  rec.saw('lang', 'en', 'default');
  rec.chose('lang', article.lang);

  rec.saw('publishedTime', f.printed(), 'printed near the headline');
  rec.saw('publishedTime', f.meta.urlDate, 'URL path');
  const declared = f.meta.publishedTime;
  const zoned = declared && article.publishedTime !== declared ? rec.sourceOf('publishedTime', declared) : undefined;
  rec.chose(
    'publishedTime',
    article.publishedTime,
    zoned ? { source: `${zoned}, in the time zone printed on the page` } : {},
  );

  rec.chose('authors', article.authors);
  rec.saw('teaser', f.description ? [f.description] : [], 'meta description');
  rec.chose('teaser', f.teaser);
}
