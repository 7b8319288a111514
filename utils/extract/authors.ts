import type { Metadata } from './metadata';
import { clean, cleanFits, key } from './text';
import { allElements, inChrome } from './dom';
import { blockText, names, type NameSource } from './byline-text';
import { headerZone, META_COLUMN_CHARS, nearHeadline } from './byline-zone';
import { AUTHOR_HREF, BYLINE_OUTSIDE, BYLINE_HINT, NOT_A_NAME, ROLE_WORDS } from './patterns';
import { NO_TRACE, type Recorder } from './trace';
import { authorMetaSource } from './trace-fields';

/**
 * Every author, in byline order. Structured data first (it names people, not strings),
 * then the page's byline nearest the headline, from the most explicit mark (rel/itemprop)
 * to the most guessed (profile-page links, byline-ish class names, a "By" label). Prefers
 * no author to a wrong one, and a person to the publisher: an organisation named as author
 * (in JSON-LD, or a meta author that is the site's own name) is the last resort.
 */
export function findAuthors(
  doc: Document,
  meta: Metadata,
  siteName: string,
  headline: Element | null = null,
  rec: Recorder = NO_TRACE,
): string[] {
  const publisher = publisherKeys(siteName, meta.canonical || doc.URL);
  const persons: string[] = [];
  const publishers: string[] = [];
  for (const raw of meta.authors) {
    const pieces = names([raw], '', { trusted: true });
    const own = pieces.filter((p) => isPublisher(p, publisher) || (pieces.length === 1 && DOMAIN.test(raw)));
    // Beside the publisher's name, a lone word is its place or desk ("hessenschau.de, Frankfurt, Germany").
    for (const p of pieces) {
      if (own.includes(p)) publishers.push(p);
      else if (!own.length || p.includes(' ')) persons.push(p);
    }
  }
  const fromMeta = names(persons, siteName, { trusted: true });
  if (rec.on) traceAlternatives(rec, doc, meta, siteName, headline, fromMeta, publishers);
  // A long list in one metadata string may credit everyone (photographer, stylist, models); the
  // visible byline then says which of them wrote the article. Names declared one per tag or
  // entry (a paper's repeated `citation_author`) were each declared an author.
  if (fromMeta.length > MANY_CREDITS && meta.authors.length === 1) {
    const credited = new Set(fromMeta.map(key));
    const writers = fromPage(doc, siteName, headline).filter((n) => credited.has(key(n)));
    rec.saw('authors', writers, 'metadata, narrowed to the names the byline shows');
    return writers.length ? writers : fromMeta;
  }
  if (fromMeta.length) return fromMeta;
  const people = fromPage(doc, siteName, headline);
  if (people.length) return people;
  const previewed = names(previewAuthors(doc), siteName, { trusted: true });
  if (previewed.length) return previewed;
  const organisations = names(meta.organisations.length ? meta.organisations : publishers, '', { trusted: true }).slice(
    0,
    3,
  );
  if (organisations.length || !headline) return organisations;
  return providerCredit(headline, siteName, rec);
}

/**
 * For the pass trace, every source's names, also those a source before them made unnecessary:
 * they are what a reader fixing the byline picks from.
 */
function traceAlternatives(
  rec: Recorder,
  doc: Document,
  meta: Metadata,
  siteName: string,
  headline: Element | null,
  fromMeta: string[],
  publishers: string[],
): void {
  rec.saw('authors', fromMeta, authorMetaSource(doc));
  fromPage(doc, siteName, headline, rec);
  rec.saw('authors', names(previewAuthors(doc), siteName, { trusted: true }), 'meta twitter:label "Written by"');
  rec.saw('authors', names(meta.organisations, '', { trusted: true }).slice(0, 3), 'json-ld organisation');
  rec.saw('authors', names(publishers, '', { trusted: true }).slice(0, 3), 'the publisher, named as author');
  if (headline) providerCredit(headline, siteName, rec);
}

/** Class names of the partner or wire an aggregator credits in the header: `provider-name`, `article__source`. */
const PROVIDER_CLASS = /^(?:(?:article|story|byline|content)[-_]+)?(?:provider|source)(?:[-_]*name)?$/i;

/**
 * An aggregator prints the partner it republishes ("Fox Nation • October 3, 2016") where a
 * byline would be. With no person and no organisation named anywhere, that partner is the author.
 */
function providerCredit(headline: Element, siteName: string, rec: Recorder = NO_TRACE): string[] {
  const zone = headerZone(headline);
  for (const [el, rank] of zone.order) {
    if (rank >= zone.before) break;
    if (
      !(el.getAttribute('class') ?? '').split(/\s+/).some((c) => PROVIDER_CLASS.test(c)) ||
      !nearHeadline(el, headline)
    )
      continue;
    const text = clean(el.textContent).replace(/^(?:source|quelle|fuente|fonte)\s*:\s*/i, '');
    if (!text || /\d/.test(text) || text.split(' ').length > 5) continue;
    if (rec.on)
      rec.saw('authors', names([text], siteName, { trusted: true }).slice(0, 1), 'partner credited in the header', el);
    return names([text], siteName, { trusted: true }).slice(0, 1);
  }
  return [];
}

/** More names than this in metadata are a credits list (a byline rarely names five writers): the visible byline decides. */
const MANY_CREDITS = 4;

/** Link-preview labels naming the writer. */
const WRITTEN_BY = /^(?:written by|author|autor(?:in)?|auteur|verfasst von|geschrieben von|écrit par|escrito por)$/i;

/**
 * SEO plugins label the writer for link previews (`twitter:label1` "Written by", `twitter:data1`
 * the name). It is the CMS account that posted the article, which is not always the byline's
 * writer, so it only counts when the page shows no byline.
 */
function previewAuthors(doc: Document): string[] {
  const tags = new Map<string, string>();
  for (const el of doc.head?.getElementsByTagName('meta') ?? []) {
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    if (/^twitter:(label|data)\d$/.test(name))
      tags.set(name, el.getAttribute('content') ?? el.getAttribute('value') ?? '');
  }
  return [1, 2, 3]
    .filter((n) => WRITTEN_BY.test(clean(tags.get(`twitter:label${n}`))))
    .map((n) => tags.get(`twitter:data${n}`) ?? '');
}

/** A domain in the name ("mdr.de", "Deutsche Welle (www.dw.com)") makes it the publisher's. */
const DOMAIN = /(?:^|[\s(])(?:www\.)?[\p{L}\d-]+\.(?:[a-z]{2,3}|info|news|online)(?=$|[\s),])/iu;

/** A company's legal form ("mediagene Inc.", "Example Media GmbH") names the publisher, not a writer. */
const COMPANY = /\s(?:inc|ltd|llc|gmbh|ag|corp|corporation|co|plc|limited|s\.?a|k\.?k|pty|s\.?r\.?l|b\.?v|n\.?v)\.?$/i;

/** The site name and the host's own label ("n-tv" of n-tv.de, "stuttgarter-zeitung"), as keys. */
function publisherKeys(siteName: string, url: string): string[] {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // No URL: the site name alone says who the publisher is.
  }
  const labels = host.replace(/^www\./, '').split('.');
  // The label before the public suffix: `example` of example.co.uk and of news.example.com.
  const own =
    labels.length >= 3 && labels[labels.length - 2]!.length <= 3
      ? labels[labels.length - 3]
      : labels[labels.length - 2];
  return [key(siteName), key(siteName.replace(/\.[a-z]{2,6}$/i, '')), key(own)].filter((k) => k.length >= 2);
}

/** "n-tv NACHRICHTEN" on n-tv.de, "Stuttgarter Zeitung" on stuttgarter-zeitung.de: the publisher. */
function isPublisher(author: string, keys: string[]): boolean {
  if (DOMAIN.test(author) || COMPANY.test(clean(author))) return true;
  const k = key(author);
  const compact = k.replace(/ /g, '');
  return keys.some((p) => k === p || k.startsWith(`${p} `) || compact === p.replace(/ /g, ''));
}

function fromPage(doc: Document, siteName: string, headline: Element | null, rec: Recorder = NO_TRACE): string[] {
  // One pass with JS tests: attribute selectors cost a full scan each in jsdom.
  const explicit: Element[] = [];
  const boxes: Element[] = [];
  const links: Element[] = [];
  for (const el of doc.body ? allElements(doc.body) : []) {
    if (/(^|\s)author(\s|$)/i.test(`${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`))
      explicit.push(el);
    else if (BYLINE_HINT.test(`${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('data-testid') ?? ''}`))
      boxes.push(el);
    if (el.tagName === 'A' && AUTHOR_HREF.test(el.getAttribute('href') ?? '')) links.push(el);
  }
  const boxText = (el: Element): string =>
    !NOT_TEXT.has(el.tagName) && cleanFits(el.textContent, 120) ? nameParts(el) : '';
  const markup: NameSource = { trusted: false };
  const marked: NameSource = { trusted: false, cjk: true };

  // The byline sits next to the headline: marks there win over any mark elsewhere, which may
  // belong to a "more stories" list, a teaser card or an author box under the article.
  if (headline) {
    const zone = headerZone(headline);
    // The side after the headline first: before it sit menus and "most read" lists as often as a byline.
    for (const after of [true, false]) {
      const handles: string[] = [];
      const side = (el: Element): boolean => zone.order.has(el) && zone.order.get(el)! < zone.before === after;
      const near = (marks: Element[]): Element[] =>
        marks
          .filter((m) => side(m) && nearHeadline(m, headline))
          .sort((a, b) => zone.order.get(a)! - zone.order.get(b)!);
      const tiers: Array<[Element[], (el: Element) => string, NameSource]> = [
        [near(explicit), explicitText, marked],
        [near(links), (a) => a.textContent ?? '', markup],
        [innermost(near(boxes).filter((el) => boxText(el))), boxText, marked],
        [zone.labelled.filter(side), blockText, markup],
      ];
      for (const [marks, text, source] of tiers) {
        const first = firstByline(marks);
        const found = names(first.map(text), siteName, source);
        rec.saw('authors', found, 'byline near the headline', first[0]);
        if (found.length) return found;
        if (!handles.length) handles.push(...accounts(first, text, siteName));
      }
      rec.saw('authors', handles, 'account name near the headline');
      if (handles.length) return handles;
    }
  }

  const usable = (el: Element): boolean => !inChrome(el, BYLINE_OUTSIDE, doc.body ?? undefined);
  const explicitMarks = firstByline(explicit.filter((el) => usable(el) || (declaresPerson(el) && inMetaColumn(el))));
  // A one-person site is named after its writer: a declared person is no publisher, whatever the site is called.
  const explicitNames = names(
    explicitMarks.map(explicitText),
    explicitMarks.length && explicitMarks.every(declaresPerson) ? '' : siteName,
    markup,
  );
  if (rec.on) rec.saw('authors', explicitNames, 'author mark on the page (rel/itemprop)', explicitMarks[0]);
  if (explicitNames.length) return explicitNames;
  const linkNames = names(
    firstByline(links.filter(usable)).map((a) => a.textContent ?? ''),
    siteName,
    markup,
  );
  if (rec.on) rec.saw('authors', linkNames, 'author profile link on the page', firstByline(links.filter(usable))[0]);
  if (linkNames.length) return linkNames;
  const handles = accounts(firstByline(explicit.filter(usable)), explicitText, siteName);
  rec.saw('authors', handles, 'account name on the page');
  if (handles.length) return handles;
  const linkHandles = accounts(firstByline(links.filter(usable)), (a) => a.textContent ?? '', siteName);
  rec.saw('authors', linkHandles, 'account name on the page');
  if (linkHandles.length) return linkHandles;
  // A byline box usually wraps the names; its innermost match holds the least noise. Only the
  // first, as for the marks above: the boxes further down credit other stories' cards.
  const small = firstByline(innermost(boxes.filter((el) => boxText(el) && usable(el))));
  if (rec.on)
    rec.saw('authors', names(small.map(boxText), siteName, markup).slice(0, 8), 'byline box on the page', small[0]);
  return names(small.map(boxText), siteName, markup).slice(0, 8);
}

/** An author mark typed as a person (`itemtype` schema.org/Person). */
function declaresPerson(mark: Element): boolean {
  return /schema\.org\/Person$/i.test(mark.getAttribute('itemtype') ?? '');
}

/** Inside a small `<aside>` and no other chrome: the article's own meta column, after it or beside it. */
function inMetaColumn(mark: Element): boolean {
  const aside = mark.closest('aside');
  return Boolean(
    aside &&
    cleanFits(aside.textContent, META_COLUMN_CHARS) &&
    !inChrome(aside.parentElement ?? aside, BYLINE_OUTSIDE, mark.ownerDocument.body ?? undefined),
  );
}

function innermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((other) => other !== el && el.contains(other)));
}

/** Levels climbed, and text length allowed, from the first author mark to the box around its byline. */
const BYLINE_BOX_DEPTH = 4;
const BYLINE_BOX_CHARS = 300;

/**
 * The marks inside the first byline box only: the article's byline comes first, and the
 * author links further down belong to "more stories" lists and teaser cards of other articles.
 */
function firstByline(marks: Element[]): Element[] {
  const first = marks[0];
  if (!first) return [];
  let box = first;
  for (
    let n = first.parentElement, i = 0;
    n && i < BYLINE_BOX_DEPTH && cleanFits(n.textContent, BYLINE_BOX_CHARS);
    n = n.parentElement, i++
  )
    box = n;
  return marks.filter((m) => box.contains(m));
}

/** An account name: one word, which a byline shows when the writer has no full name on the site, maybe with its sigil (`@jdoe`, `u/jdoe`). */
const HANDLE = /^(@|u\/)?(\p{L}[\p{L}\d_.-]{1,29})$/u;

/**
 * "Paul", "doumae": one word is not name-shaped, so it only counts when the author mark's
 * profile link ends in it (`/author/paul/`, microdata `url` `/user/Confreaks`): the site's own
 * account slug then says the word names who wrote it, not a label ("More", or "Editor" on
 * `/author/tpi-editor`).
 */
function handle(mark: Element, text: string, siteName: string): string {
  const word = clean(text);
  const account = word.match(HANDLE)?.[2];
  if (!account || NOT_A_NAME.test(account) || ROLE_WORDS.test(account) || key(account) === key(siteName)) return '';
  const link = mark.hasAttribute('href') ? mark : mark.querySelector('[href]');
  // Profiles sit in a folder (`/author/`, `/user/`); a top-level `/News` is a section, whatever its text.
  const path = (link?.getAttribute('href') ?? '')
    .replace(/[?#].*$/, '')
    .replace(/^(?:[a-z]+:)?\/\/[^/]*/i, '')
    .replace(/\/+$/, '');
  if (path.split('/').filter(Boolean).length < 2) return '';
  let slug = path.slice(path.lastIndexOf('/') + 1);
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // A malformed escape is compared as written.
  }
  return slug.toLowerCase() === account.toLowerCase() ? word : '';
}

/** The account names of byline marks, as the page shows them (a handle is not split like a byline). */
function accounts(marks: Element[], text: (el: Element) => string, siteName: string): string[] {
  return [...new Set(marks.map((m) => handle(m, text(m), siteName)).filter(Boolean))];
}

/** Class names of the part of a byline box that holds only the name: `span.name`, `.author-name`, hCard's `fn`. */
const NAME_CLASS = /^(?:name|fn|(?:author|byline|writer|creator|autor)[-_]*name)$/i;

/**
 * The text of a byline box, or of its name parts when it marks them: an avatar block reads
 * "谢若含 2017-03-01 14:27:02" as a whole, where `<span class="name">` holds the name alone.
 */
function nameParts(box: Element): string {
  const parts = Array.from(box.getElementsByTagName('*')).filter((el) =>
    (el.getAttribute('class') ?? '').split(/\s+/).some((c) => NAME_CLASS.test(c)),
  );
  return innermost(parts).map(blockText).join(' | ') || blockText(box);
}

const NOT_TEXT = new Set(['INPUT', 'TEXTAREA', 'LABEL', 'IMG', 'META', 'LINK', 'SCRIPT', 'STYLE', 'BUTTON', 'SELECT']);

function explicitText(el: Element): string {
  // Microdata names sit in `<meta itemprop="name" content>`, or `value=` on some CMSes. One
  // author item may hold several (`<span itemprop="name">A</span><span itemprop="name">B</span>`).
  const attr = (e: Element): string | null => e.getAttribute('content') ?? e.getAttribute('value');
  const own = Array.from(el.querySelectorAll('[itemprop~="name"]')).filter((n) => !inNestedItem(n, el));
  if (own.length) return own.map((n) => attr(n) ?? blockText(n)).join(' | ');
  return attr(el) ?? blockText(el);
}

/** A name inside an item nested in the author mark (the writer's `worksFor` organisation) is not the writer's. */
function inNestedItem(n: Element, mark: Element): boolean {
  for (let p = n.parentElement; p && p !== mark; p = p.parentElement) if (p.hasAttribute('itemscope')) return true;
  return false;
}
