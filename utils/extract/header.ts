import type { Article } from '../article';
import { findAuthors } from './authors';
import { guarded } from './guard';
import { pickHeadline } from './headline';
import { detectLanguage, directionOf, normalizeLang } from './language';
import { readMetadata } from './metadata';
import { pickSiteName } from './site-name';
import { findTeaser } from './teaser';
import { absoluteUrl } from './text';

/** What the reader's header shows, before the body is known. */
export type ArticleHeader = Pick<
  Article,
  'url' | 'title' | 'authors' | 'teaser' | 'publishedTime' | 'siteName' | 'leadImage' | 'lang' | 'dir'
>;

/** Elements that become named properties of the document (`<img name="createElement">`). */
const DOCUMENT_NAMED = 'form[name], form[id], img[name], img[id], embed[name], iframe[name], object[name], object[id]';

/**
 * The header of a large page, read from its metadata and the zone around its headline without
 * Readability: the same rules as `extractArticle`, given the page's own titles where that has
 * Readability's. It lets the reader show the headline at once while the body, whose parse
 * cannot yield, is read elsewhere. Cheap because it never walks the body; `null` when the page
 * gives no headline, or may subvert DOM methods (named elements), for which only the full,
 * defused read is safe. Pure: reads `doc`, never changes it.
 */
export function extractHeader(doc: Document, url: string): ArticleHeader | null {
  if (!doc.body || shadowsDom(doc)) return null;
  return guarded(null, () => {
    const meta = readMetadata(doc, url);
    const headline = pickHeadline(doc, meta, meta.titles.og || meta.titles.document);
    if (!headline.title) return null;
    const siteName = guarded(meta.siteName, () => pickSiteName(meta, headline.siteFromTitle, url));
    const authors = guarded([], () => findAuthors(doc, meta, siteName, headline.element));
    const noBody = { bodyParent: null, firstBody: null, paragraphs: [] };
    const teaser = guarded(
      [],
      () =>
        findTeaser(doc, { headline: headline.element, body: noBody, description: meta.description, authors }).bullets,
    );
    // The body's language is not known yet: the headline's and the teaser's words say it.
    const lang = normalizeLang(meta.lang) || detectLanguage([headline.title, ...teaser].join('\n')) || 'en';
    return {
      url: absoluteUrl(meta.canonical, url) ?? url,
      title: headline.title,
      authors,
      teaser,
      publishedTime: meta.publishedTime ?? meta.urlDate,
      siteName: siteName || null,
      leadImage: absoluteUrl(meta.image, url),
      lang,
      dir: meta.dir === 'rtl' || meta.dir === 'ltr' ? meta.dir : directionOf(lang),
    };
  });
}

/**
 * Whether a named element shadows a property of the document or of its form, as
 * `defuseClobbering` would find on a copy; read without changing the page, through the
 * prototypes' methods, which no named element can replace. Only the few named elements are read.
 */
function shadowsDom(doc: Document): boolean {
  const docProto = Object.getPrototypeOf(doc) as Document;
  const select = (selector: string) => Array.from(docProto.querySelectorAll.call(doc, selector) as NodeListOf<Element>);
  const named = (el: Element, proto: object) =>
    ['name', 'id'].some((attribute) => {
      const value = attributeOf(el, attribute);
      return value !== null && value in proto;
    });
  if (select(DOCUMENT_NAMED).some((el) => named(el, docProto))) return true;
  // Each form's own descendants: a descendant selector over the whole page costs a full scan in jsdom.
  return select('form').some((form) => {
    const formProto = Object.getPrototypeOf(form) as Element;
    const inside = Array.from(formProto.querySelectorAll.call(form, '[name], [id]') as NodeListOf<Element>);
    // Its own members (`submit`, `action`) are never read here: only what it has as an element.
    const asElement = Object.getPrototypeOf(formProto) as object;
    return inside.some((el) => named(el, asElement));
  });
}

function attributeOf(el: Element, name: string): string | null {
  let proto = Object.getPrototypeOf(el) as object | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'getAttribute'))
    proto = Object.getPrototypeOf(proto) as object | null;
  return (proto as Element | null)?.getAttribute.call(el, name) ?? null;
}
