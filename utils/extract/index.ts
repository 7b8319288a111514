import Readability from '@mozilla/readability/Readability.js';
import type {
  Article,
  ExtractOptions,
  ExtractResult,
  ExtractTrace,
  FixReport,
  TeaserScorer,
  TracedResult,
} from '../article';
import { FixRun } from '../fixes/apply';
import { findAuthors } from './authors';
import { cleanBody } from './body';
import { continueBody } from './body-continuation';
import { pickSiteName } from './site-name';
import { pickHeadline } from './headline';
import { detectLanguage, directionOf, normalizeLang } from './language';
import { readMetadata } from './metadata';
import {
  absolutize,
  baseUrl,
  dropPolls,
  keepShownHiddenText,
  resolveLazyImages,
  unwrapLinkedParagraphs,
} from './prepare';
import { sanitize } from './sanitize';
import { markLabelsNotRead } from './screen-reader';
import { defusedClone } from './unclobber';
import { dropBreadcrumbs } from './breadcrumbs';
import { dropConsentManagers } from './consent';
import { guarded } from './guard';
import { locateBody } from './body-location';
import { findTeaser } from './teaser';
import { pageDate } from './page-date';
import { fullerBody } from './fallback';
import { inPrintedZone } from './dates';
import { elementsByTag, elementsWhere, hasText, linkDensity } from './dom';
import { absoluteUrl, clean, countWords, hostOf, key, textOf } from './text';
import { NO_TRACE, TraceRecorder, type Recorder } from './trace';
import { traceLate, traceMetadata, traceTitle } from './trace-fields';
import { dropsOf } from './trace-readability';

/** Below this much body text, a page with a password field is a login wall. */
const LOGIN_WALL_CHARS = 500;
/** Share of the body's text inside links above which it is an index of other pages. */
const LIST_LINK_DENSITY = 0.65;
const PARAGRAPH = new Set(['p']);
const H1 = new Set(['h1']);

/**
 * Turns a news page into an Article, in phases like Readability's parse(): metadata →
 * readability → headline → authors → teaser → body cleanup → sanitise. Pure: reads `doc`,
 * never changes it (Readability works on one clone), and touches no extension API, so it
 * runs alike in a content script and in Node.
 */
export function extractArticle(page: Document, url: string, options: ExtractOptions & { trace: true }): TracedResult;
export function extractArticle(page: Document, url: string, options?: ExtractOptions): ExtractResult & Extras;
export function extractArticle(page: Document, url: string, options: ExtractOptions = {}): ExtractResult & Extras {
  return runToEnd(extractInSteps(page, url, options));
}

/** What a result carries beside the article when asked: the trace, and what became of the site's fixes. */
type Extras = { trace?: ExtractTrace; fixes?: FixReport };

function runToEnd<T>(steps: Generator<ExtractPhase, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The phase that has just finished, at each pause of `extractInSteps`. */
export type ExtractPhase = 'read' | 'readability' | 'fields' | 'cleanup';

/**
 * `extractArticle`, paused after each long phase, so that a caller in a page can let the page
 * run between phases (a 10 MB article must not freeze its tab) and stop waiting past a budget.
 * Driven to its end without pauses it is exactly `extractArticle`.
 */
export function* extractInSteps(
  page: Document,
  url: string,
  options: ExtractOptions = {},
): Generator<ExtractPhase, ExtractResult & Extras, void> {
  const fixes = options.rules?.length ? new FixRun(options.rules) : undefined;
  if (!options.trace && !fixes) return yield* extract(page, url, NO_TRACE, undefined, options.teaserScorer);
  // Field fixes pick among the trace's candidates, so a page with fixes is always traced.
  const rec = new TraceRecorder();
  const result = yield* extract(page, url, rec, fixes, options.teaserScorer);
  const trace = rec.result();
  const fixed =
    fixes && result.ok ? { ok: true as const, article: fixes.fields(result.article, trace.fields) } : result;
  return { ...fixed, ...(options.trace ? { trace } : {}), ...(fixes ? { fixes: fixes.report() } : {}) };
}

/*
 * Which document each phase reads, and why:
 *
 * - `page`, the live document: read, never written (the reader lies over it and must leave it as
 *   it was). Only its type, its window (for the sanitiser) and the copies below are taken from it.
 * - `clone`, a defused copy of the page (`defusedClone`: open shadow roots composed, streamed parts
 *   in place, named elements that shadow DOM methods made harmless): the prepare passes rewrite
 *   it (lazy images, linked paragraphs, hidden text, polls) and Readability takes it apart. It
 *   also decides "empty page", because only a copy shows text that sits in shadow roots.
 * - `doc`, what the field phases read (metadata, headline, authors, body location, teaser, page
 *   date, the trace): the page itself on an ordinary page, since `clone` no longer holds the page's
 *   structure once Readability has run. A second defused copy instead when the page shadows DOM
 *   methods or keeps its headline in shadow roots; it is read only, never changed.
 * - `content`, Readability's result (an element of `clone`'s document): continued, cleaned,
 *   absolutised in place. `own` is a copy of it taken before Lede's cleanup, the body to fall
 *   back to (fallback.ts) when the cleanup keeps under half of it.
 * - The sanitiser parses the chosen body into an inert document of `page`'s window and returns
 *   its HTML.
 *
 * None of these copies can go: `clone` and `content` are changed, so neither can stand in for the
 * page that the field phases read; `own` must be taken before the cleanup changes `content`. The
 * field phases find Readability's paragraphs again in `doc` by their text (body-location.ts),
 * because Readability's elements belong to `clone`.
 */
function* extract(
  page: Document,
  url: string,
  rec: Recorder,
  fixes?: FixRun,
  teaserScorer?: TeaserScorer,
): Generator<ExtractPhase, ExtractResult, void> {
  if (!page.documentElement || !/html/i.test(page.contentType ?? 'text/html')) return { ok: false, reason: 'not-html' };
  // A web page whose own scripts took its <body> away (a paywall, an app shell) is a page with
  // nothing to read, not a PDF or an image.
  if (!page.body) return { ok: false, reason: 'empty-page' };

  const { clone, shadowed, composed, streamed } = defusedClone(page, { rec });
  // The copy, not the page: a web component's text is in its shadow root, which only the copy shows.
  if (!clone.body || !hasText(clone.body)) return { ok: false, reason: 'empty-page' };
  // The phases that read the page read a second, defused copy when the page's named elements
  // shadow DOM methods (`<img name="createElement">`, an input named `getAttribute`), when it
  // keeps its headline and byline in open shadow roots, which only a copy shows in place, or
  // when its streamed parts wait hidden for their scripts. Never taken on an ordinary page, where
  // the one clone goes to Readability.
  const doc = shadowed || composed || streamed ? defusedClone(page, { reader: 'fields' }).clone : page;
  const meta = readMetadata(doc, url);
  if (rec.on) traceMetadata(rec, doc, url);
  const base = baseUrl(clone, url);
  rec.stamp(clone.body);
  // Optional phases: one that throws leaves its part undone, never the page unread.
  guarded(undefined, () => resolveLazyImages(clone));
  guarded(undefined, () => unwrapLinkedParagraphs(clone, rec));
  guarded(undefined, () => keepShownHiddenText(clone, rec));
  guarded(undefined, () => dropPolls(clone, rec));
  guarded(undefined, () => dropConsentManagers(clone, rec));
  guarded(undefined, () => dropBreadcrumbs(clone, rec));
  guarded(undefined, () => markLabelsNotRead(clone));
  yield 'read';
  const parsed = new Readability(clone, { serializer: (el: Node) => el as Element }).parse();
  const content = parsed?.content;
  const readabilityDrops = rec.on && content ? dropsOf(rec, doc, content) : null;
  if (!parsed || !content || !isArticle(content, doc, meta.dated)) {
    readabilityDrops?.([]);
    return { ok: false, reason: 'no-article' };
  }
  yield 'readability';

  const headline = pickHeadline(doc, meta, clean(parsed.title));
  if (rec.on) traceTitle(rec, doc, meta, clean(parsed.title), headline);
  const siteName = guarded(meta.siteName, () => pickSiteName(meta, headline.siteFromTitle, url)) || hostOf(url);
  const authors = guarded([], () => findAuthors(doc, meta, siteName, headline.element, rec));
  const bodyStart = guarded({ bodyParent: null, firstBody: null, paragraphs: [] }, () =>
    locateBody(
      doc,
      elementsByTag(content, PARAGRAPH)
        .slice(0, 30)
        .map((p) => key(p.textContent)),
    ),
  );
  const teaser = guarded({ bullets: [], sources: [] }, () =>
    findTeaser(doc, {
      headline: headline.element,
      body: bodyStart,
      description: meta.description,
      authors,
      rec,
      scorer: teaserScorer,
    }),
  );
  // Readability's own result, the body to fall back to if Lede's cleanup keeps too little of it.
  const own = content.cloneNode(true) as Element;
  guarded(undefined, () => continueBody(content, bodyStart.paragraphs, rec));
  const printed = (): string | null => guarded(null, () => pageDate(doc, headline.element, bodyStart, meta.lang));
  const publishedTime = meta.publishedTime
    ? inPrintedZone(meta.publishedTime, printed)
    : printedDate(printed(), meta.urlDate);

  yield 'fields';
  absolutize(content, base);
  const dup = {
    title: headline.title,
    authors,
    teaser: [...teaser.bullets, ...teaser.sources],
    pageHeadlines: elementsByTag(doc, H1).map((h) => h.textContent ?? ''),
  };
  guarded(undefined, () => cleanBody(content, dup, rec));
  readabilityDrops?.([headline.title, ...authors, ...teaser.bullets, ...teaser.sources]);
  const shown = guarded(content, () => fullerBody(content, own, dup));
  if (shown !== content) {
    rec.changed(
      'fallback',
      'kept',
      "Lede's cleanup kept under half of Readability's text: Readability's body is shown",
      shown,
    );
    absolutize(shown, base);
  }

  if (fixes) guarded(undefined, () => fixes.body(doc, shown, headline.title, base, rec));

  yield 'cleanup';
  const win = page.defaultView ?? (globalThis as unknown as Window);
  const body = sanitize(shown, win, rec);
  const text = textOf(body.root);
  const { words, cjkChars } = countWords(text);
  const lang =
    normalizeLang(meta.lang) ||
    normalizeLang(parsed.lang ?? '') ||
    detectLanguage(`${headline.title}\n${text}`) ||
    'en';
  // A walk, not `querySelector('img[src]')`: jsdom's selector engine costs a fixed time per call.
  const firstImage = elementsWhere(
    body.root,
    (el) => el.localName === 'img' && el.hasAttribute('src'),
  )[0]?.getAttribute('src');

  const article: Article = {
    url: absoluteUrl(meta.canonical, url) ?? url,
    title: headline.title,
    authors,
    teaser: teaser.bullets,
    content: body.html,
    text,
    excerpt: teaser.bullets.join(' ') || meta.description || text.split('\n\n')[0]?.slice(0, 300) || '',
    publishedTime,
    siteName: siteName || null,
    leadImage: absoluteUrl(meta.image, url) ?? absoluteUrl(firstImage, url),
    lang,
    dir: meta.dir === 'rtl' || meta.dir === 'ltr' ? meta.dir : directionOf(lang),
    wordCount: words + cjkChars,
    readingMinutes: Math.max(1, Math.round(words / 230 + cjkChars / 500)),
  };
  if (rec.on) {
    traceLate(rec, {
      article,
      meta,
      printed,
      siteFromTitle: headline.siteFromTitle,
      host: hostOf(url),
      readabilityLang: parsed.lang ?? '',
      teaser: teaser.bullets,
      description: meta.description,
      body: body.root,
      url,
    });
  }
  return { ok: true, article };
}

/** The permalink's day is the surer one; the printed date adds the time when both agree. */
function printedDate(printed: string | null, fromUrl: string | null): string | null {
  return fromUrl && printed?.slice(0, 10) !== fromUrl ? fromUrl : printed;
}

/**
 * Readability returns something for nearly any page; a login wall or a link list is not an
 * article. A page whose JSON-LD or meta tags give its publication date is one dated piece, not
 * an index, even when most of its text is links (a deals post, a video's chapter list).
 */
function isArticle(content: Element, doc: Document, dated: boolean): boolean {
  const text = clean(content.textContent);
  if (!text) return content.querySelector('img, video, iframe') !== null;
  if (text.length < LOGIN_WALL_CHARS && doc.querySelector('input[type="password" i]')) return false;
  if (dated) return true;
  return linkDensity(content) < LIST_LINK_DENSITY;
}
