/**
 * One corpus page through the library the way a user's saved article goes: extract, save, export
 * as JSON, Markdown and HTML, import the JSON into an empty library. The extraction (the slow
 * part) is done once and serves all three formats. Each page gets a library of its own: a
 * library of 600 long articles in fake-indexeddb spends its time in the index, not in our code.
 */
import { IDBFactory } from 'fake-indexeddb';
import type { Article } from '../../utils/article';
import type { ExtractResult } from '../../utils/article';
import { extractArticle } from '../../utils/extract';
import { withPictures } from '../../components/body-pictures';
import { withLeadInBody } from '../../utils/library/lead-picture';
import { pictureKey } from '../../utils/library/picture-sources';
import { sanitizeBody } from '../../utils/sanitize-body';
import { allArticles, saveArticle } from '../../utils/library/articles';
import { exportLibrary, importLibrary } from '../../utils/library/backup';
import { disconnect } from '../../utils/library/db';
import { articlesToHtml } from '../../utils/library/html-export';
import { articlesToMarkdown } from '../../utils/library/markdown';
import { listCorpusPages, pageUrl } from '../../scripts/bench/corpus';
import { loadSet } from '../../scripts/eval/sets';
import { NotHtmlError, parseHtml, readHtmlFile } from '../../scripts/lib/html-file';

export interface CorpusPage {
  name: string;
  file: string;
  url: string;
}

/** Every page of the four corpus sets, then the seed pages. */
export async function corpusPages(): Promise<CorpusPage[]> {
  const pages = (await listCorpusPages()).map((p) => ({ name: p.name, file: p.file, url: pageUrl(p) }));
  const seed = (await loadSet('seed')).map((c) => ({ name: `seed/${c.id}`, file: c.file, url: c.url }));
  // EXPORTS_PAGES=name,name checks those pages only, while iterating.
  const only = process.env.EXPORTS_PAGES?.split(',');
  return [...pages, ...seed].filter((page) => !only || only.includes(page.name));
}

/** What went wrong with one page; empty lists are a page that went through whole. */
export interface PageOutcome {
  name: string;
  /** False when Lede found no article there (or the file is no page): nothing to save. */
  saved: boolean;
  /** Anything that threw, with the step it threw in. */
  errors: string[];
  /** Headline or paragraph openings missing from an output, as `format: words`. */
  missing: string[];
  /** The record that came back from the JSON import differs from the one exported. */
  changedByImport: boolean;
  /**
   * What the saved page, with no picture kept, shows wrongly: an image that still asks the web,
   * or "Picture not saved" boxes beyond the body's pictures from the web.
   */
  savedPage: string[];
}

const FIRST_WORDS = 6;

/** Letters and digits only: escapes, markup and punctuation differ between formats, words do not. */
function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .replace(/\p{Cf}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const BLOCKS =
  'address,article,aside,blockquote,br,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,img,li,ol,p,pre,section,table,td,th,tr,ul';

/** Text as a reader sees it: `textContent` runs the end of one block into the next one's start. */
function shownText(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const block of Array.from(copy.querySelectorAll(BLOCKS))) {
    block.before(' ');
    block.after(' ');
  }
  return copy.textContent ?? '';
}

function parseBody(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${html}`, 'text/html').body;
}

/** The headline and each body paragraph's first words: what every output must keep. */
function needles(article: Article): string[] {
  const paragraphs = [...parseBody(article.content).querySelectorAll('p')].map((p) =>
    words(shownText(p)).slice(0, FIRST_WORDS),
  );
  return [words(article.title), ...paragraphs].filter((w) => w.length > 0).map((w) => ` ${w.join(' ')} `);
}

/**
 * The Markdown as a reader sees it: a link's address and a picture are not text, and the link's
 * brackets, emphasis marks and escapes sit inside words that the page ran together ("请访问
 * [Obsidian](…)", "Super**girl**").
 */
function markdownText(markdown: string): string {
  return (
    withoutTargets(markdown.replace(/!\[[^\]\n]*\]\(/g, ' ]('))
      // An escaped character was the page's (and parts words as it did there); the rest is markup.
      .replace(/\\[\\`*_{}[\]()#+\-.!~|<>]/g, ' ')
      .replace(/[[*~`]/g, '')
  );
}

/** Drops each `](address "title")`: its unescaped parentheses balanced, within its paragraph. */
function withoutTargets(markdown: string): string {
  let out = '';
  let at = 0;
  for (let open = markdown.indexOf('](', at); open >= 0; open = markdown.indexOf('](', at)) {
    out += markdown.slice(at, open);
    let depth = 0;
    let end = open + 1;
    // A title (the link's `title`, possibly over several lines) may end the paragraph, no more.
    for (; end < markdown.length && !markdown.startsWith('\n\n', end); end++) {
      if (markdown[end] === '\\') end++;
      else if (markdown[end] === '(') depth++;
      else if (markdown[end] === ')' && --depth === 0) break;
    }
    at = end + 1;
  }
  return out + markdown.slice(at);
}

/**
 * Compared without the spaces between words: where one format has a boundary the other has not
 * ("21:00" and a name in two inline elements; "4~5", whose tilde the Markdown reading above must
 * drop as a strikethrough mark), the same letters in the same order are the same text.
 */
function missingIn(format: string, article: Article, output: string): string[] {
  const squash = (text: string) => text.replace(/ /g, '');
  const haystack = words(output).join('');
  return needles(article)
    .filter((needle) => !haystack.includes(squash(needle)))
    .map((needle) => `${format}:${needle}`);
}

async function freshLibrary(): Promise<void> {
  await disconnect();
  globalThis.indexedDB = new IDBFactory();
}

async function step<T>(name: string, errors: string[], work: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    errors.push(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return undefined;
  }
}

/** `cached`: the page's extraction from the corpus warm-up, when it has one (see extracted.ts). */
export async function checkPage(page: CorpusPage, cached?: ExtractResult): Promise<PageOutcome> {
  const outcome: PageOutcome = {
    name: page.name,
    saved: false,
    errors: [],
    missing: [],
    changedByImport: false,
    savedPage: [],
  };
  const { errors } = outcome;
  const html = await readHtmlFile(page.file).catch((error: unknown) => {
    if (error instanceof NotHtmlError) return null;
    throw error;
  });
  if (html === null) return outcome;
  const article = await step('extract', errors, () => {
    if (cached) return cached.ok ? cached.article : null;
    const document = parseHtml(html, page.url);
    const result = extractArticle(document, page.url);
    document.defaultView?.close();
    return result.ok ? result.article : null;
  });
  if (!article) return outcome;

  await freshLibrary();
  const saved = await step('save', errors, () => saveArticle(article));
  const records = saved ? await step('read back', errors, () => allArticles()) : undefined;
  if (!records?.length) return outcome;
  outcome.saved = true;
  const record = records[0]!;

  // The JSON carries the record whole: what comes back from an import must be exactly it.
  const json = await step('export JSON', errors, () => exportLibrary());
  if (json !== undefined) {
    await freshLibrary();
    const result = await step('import JSON', errors, () => importLibrary(json));
    if (result && !(result.ok && result.counts.added === 1 && result.skipped.length === 0)) {
      errors.push(`import JSON: ${JSON.stringify(result)}`);
    }
    const back = await step('read import', errors, () => allArticles());
    outcome.changedByImport = JSON.stringify(back) !== JSON.stringify([record]);
  }

  await step('saved page', errors, () => outcome.savedPage.push(...savedPageFaults(record.article)));

  const markdown = await step('export Markdown', errors, () => articlesToMarkdown(records));
  if (markdown !== undefined) outcome.missing.push(...missingIn('markdown', record.article, markdownText(markdown)));

  const exportHtml = await step('export HTML', errors, () => articlesToHtml(records, { source: 'Source' }, 'Lede'));
  if (exportHtml !== undefined) {
    const doc = new DOMParser().parseFromString(exportHtml, 'text/html');
    const sections = doc.querySelectorAll('body > article');
    if (sections.length !== 1) errors.push(`export HTML: ${sections.length} <article> sections for one article`);
    outcome.missing.push(...missingIn('html', record.article, sections[0] ? shownText(sections[0]) : ''));
  }
  return outcome;
}

/** The saved page's body as the reader page renders it when no picture was kept (Lede as installed). */
function savedPageFaults(article: Article): string[] {
  const body = sanitizeBody(withLeadInBody(article).content);
  const web = [...parseBody(body).querySelectorAll('img')].filter(
    (img) => pictureKey(img.getAttribute('src') ?? undefined, img.getAttribute('srcset') ?? undefined) !== null,
  ).length;
  const shown = parseBody(withPictures(body, { urls: new Map(), missingLabel: 'Picture not saved' }));
  const faults = [...shown.querySelectorAll('img')]
    .filter(asksTheWeb)
    .map((img) => `asks the web: ${img.outerHTML.slice(0, 120)}`);
  const placeholders = shown.querySelectorAll('.lede-picture-missing').length;
  if (placeholders > web) faults.push(`${placeholders} placeholders for ${web} pictures from the web`);
  return faults;
}

/**
 * Whether an image's source or a `srcset` candidate is an address on the web: not a `data:` SVG
 * that names its namespace's URL, nor a placeholder such as `//:0`, which has no host to ask.
 */
function asksTheWeb(img: Element): boolean {
  const candidates = (img.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '');
  return [img.getAttribute('src') ?? '', ...candidates].some((url) => {
    if (!/^\s*(?:https?:)?\/\//i.test(url)) return false;
    try {
      return new URL(url.trim(), 'https://saved.lede.invalid/').hostname !== '';
    } catch {
      return false;
    }
  });
}
