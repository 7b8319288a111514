/**
 * The four test sets as pages with expectations. An absent field is not covered for that page;
 * an empty list or a null date means the source asserts there is none.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../lib/html-file';
import { hostPublisher, isPlaceholderHost } from './folds';
import { NAME_SEPARATOR, normalize } from './metrics';

export const SETS = ['fundus-open', 'postlight', 'readability', 'defuddle', 'seed'] as const;
export type SetName = (typeof SETS)[number];

/** The sets of public pages, split into publisher folds; the seed is Lede's own page and is not. */
export const OPEN_SETS: readonly SetName[] = ['fundus-open', 'postlight', 'readability', 'defuddle'];

export interface Expected {
  title?: string;
  /**
   * Whether a reader can see the expected value on the page (scripts/eval/printed.ts): the title
   * as an `<h1>`'s text, every author and teaser bullet in the page's text. Set by the evaluation.
   */
  printed?: Partial<Record<'title' | 'authors' | 'teaser', boolean>>;
  authors?: string[];
  teaser?: string[];
  date?: string | null;
  /** The site's name as a reader would say it (defuddle's `site`). */
  site?: string;
  body?: string;
  /** Strings that must not appear in the body text (chrome, byline, teaser repeated). */
  bodyMustNotContain?: string[];
}

export interface Case {
  id: string;
  file: string;
  url: string;
  /** Whose page it is: the unit of the study/check folds (see folds.ts). */
  publisher: string;
  /** Some expectations depend on the page itself (the readability set's "clean" rule). */
  expected(page: Document): Promise<Expected>;
}

export const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));
const CORPUS = join(SHARED, 'corpus');

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

export function loadSet(name: SetName): Promise<Case[]> {
  switch (name) {
    case 'fundus-open':
      return fundus();
    case 'postlight':
      return postlight();
    case 'readability':
      return readability();
    case 'defuddle':
      return defuddle();
    case 'seed':
      return seed();
  }
}

interface FundusCase {
  id: string;
  html: string;
  url: string;
  title: string | null;
  authors: string[] | null;
  publishing_date: string | null;
  teaser: string[] | null;
  body_paragraphs: string[] | null;
}

async function fundus(): Promise<Case[]> {
  const dir = join(CORPUS, 'fundus-open');
  const { cases } = await readJson<{ cases: FundusCase[] }>(join(dir, 'cases.json'));
  return cases.map((c) => {
    const expected: Expected = {};
    if (c.title !== null) expected.title = c.title;
    if (c.authors !== null) expected.authors = c.authors;
    if (c.teaser !== null) expected.teaser = c.teaser;
    if (c.publishing_date !== null) expected.date = c.publishing_date;
    // Body = the paragraphs only: subheadlines are a separate list whose place among the
    // paragraphs is not recorded, so a body that keeps them loses a little precision.
    if (c.body_paragraphs !== null) expected.body = c.body_paragraphs.join('\n\n');
    // "de/Spiegel/V1" → "de/Spiegel": the versions of one publisher's page stay together.
    const publisher = c.id.split('/').slice(0, 2).join('/');
    return { id: c.id, file: join(dir, c.html), url: c.url, publisher, expected: async () => expected };
  });
}

const NOT_ASSERTED = '__not_asserted__';

interface PostlightCase {
  id: string;
  fixture: string;
  url: string;
  title: string | null;
  author: string | null;
  date_published: string | null;
  dek: string | null;
}

async function postlight(): Promise<Case[]> {
  const dir = join(CORPUS, 'postlight');
  const { cases } = await readJson<{ cases: PostlightCase[] }>(join(dir, 'cases.json'));
  return cases.map((c) => {
    const expected: Expected = {};
    if (c.title !== NOT_ASSERTED && c.title !== null) expected.title = c.title;
    if (c.author !== NOT_ASSERTED) expected.authors = c.author === null ? [] : [c.author];
    if (c.dek !== NOT_ASSERTED) expected.teaser = c.dek === null ? [] : [c.dek];
    if (c.date_published !== NOT_ASSERTED) expected.date = c.date_published;
    return {
      id: c.id,
      file: join(dir, c.fixture),
      url: c.url,
      publisher: hostPublisher(c.url),
      expected: async () => expected,
    };
  });
}

interface ReadabilityMetadata {
  title: string | null;
  byline: string | null;
}

/** The URL Readability's own test suite parses its pages with. */
const READABILITY_URL = 'http://fakehost/test/page.html';

export const CLEAN_RULE =
  'readability set: title scored only where Readability’s expected title equals the text of an <h1> on the page; ' +
  'byline only where every name in it is 1–4 words, each starting with a capital letter, with no "By", digit, URL, ' +
  'bracket or line break (so CJK bylines, roles and dates are left out).';

async function readability(): Promise<Case[]> {
  const dir = join(CORPUS, 'readability');
  const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  return names.sort().map((name) => ({
    id: name,
    file: join(dir, name, 'source.html'),
    url: READABILITY_URL,
    publisher: name,
    expected: async (page) => {
      const meta = await readJson<ReadabilityMetadata>(join(dir, name, 'expected-metadata.json'));
      const body = parseHtml(await readFile(join(dir, name, 'expected.html'), 'utf8'), READABILITY_URL);
      const expected: Expected = { body: blockText(body.body) };
      if (meta.title && isCleanTitle(meta.title, page)) expected.title = meta.title;
      if (meta.byline && isCleanByline(meta.byline)) expected.authors = [meta.byline];
      return expected;
    },
  }));
}

export function isCleanTitle(title: string, page: Document): boolean {
  const want = normalize(title);
  return [...page.querySelectorAll('h1')].some((h) => normalize(h.textContent) === want);
}

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;

export function isCleanByline(byline: string): boolean {
  if (/[\n\d()[\]/@]|https?:|^\s*(?:by|von|par|por)\b/i.test(byline)) return false;
  const names = byline.trim().split(NAME_SEPARATOR).filter(Boolean);
  return (
    names.length > 0 &&
    names.every((name) => {
      const words = name.split(/\s+/);
      return words.length <= 4 && words.every((w) => CAPITALISED.test(w));
    })
  );
}

/**
 * Text with a space at every element boundary, so that "end.</p><p>Start" or
 * "Heading</h2><p>Text" never glue two words into one token.
 */
export function blockText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
        parts.push(' ');
        walk(child);
        parts.push(' ');
      }
    }
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

interface SeedExpected {
  title: string;
  authors: string[];
  teaser: string[];
  publishedTime: string | null;
  bodyBlocks: { tag: string; text: string }[];
  bodyMustNotContain: string[];
}

async function seed(): Promise<Case[]> {
  const dir = join(SHARED, 'seed');
  return ['rich', 'bare'].map((kind) => ({
    id: `seed-article.${kind}`,
    publisher: 'seed',
    file: join(dir, `seed-article.${kind}.html`),
    url: 'https://japandigest.example/2017/03/spitzentreffen-japan-russland-entwurf-fuer-zusammenarbeit/',
    expected: async () => {
      const e = await readJson<SeedExpected>(join(dir, `seed-article.${kind}.expected.json`));
      return {
        title: e.title,
        authors: e.authors,
        teaser: e.teaser,
        date: e.publishedTime,
        body: e.bodyBlocks.map((b) => b.text).join('\n\n'),
        bodyMustNotContain: e.bodyMustNotContain,
      };
    },
  }));
}

interface DefuddleMetadata {
  title?: string;
  author?: string;
  site?: string;
  published?: string;
}

/** A fixture may open with `<!-- {"url": "…"} -->`, the address defuddle's tests parse it with. */
const FIXTURE_URL = /^\s*(?:<!doctype[^>]*>\s*)?<!--\s*(\{[^]*?\})\s*-->/i;

/**
 * defuddle's test pages: `expected/NAME.md` opens with a JSON block of title, author, site and
 * published. Its body is defuddle's own Markdown, a different rendering from Lede's, so only the
 * metadata is scored. An empty string means the source expects none.
 */
async function defuddle(): Promise<Case[]> {
  const dir = join(CORPUS, 'defuddle');
  const names = (await readdir(join(dir, 'fixtures'))).filter((f) => f.endsWith('.html')).sort();
  return Promise.all(
    names.map(async (file) => {
      const name = file.replace(/\.html$/, '');
      const path = join(dir, 'fixtures', file);
      const head = (await readFile(path, 'utf8')).slice(0, 2000);
      let url = `https://example.com/${name}`;
      try {
        const given = (JSON.parse(FIXTURE_URL.exec(head)?.[1] ?? '{}') as { url?: unknown }).url;
        if (typeof given === 'string' && /^https?:/.test(given)) url = given;
      } catch {
        // A comment that is not JSON names no URL.
      }
      const host = hostPublisher(url);
      return {
        id: name,
        file: path,
        url,
        publisher: isPlaceholderHost(host) ? name : host,
        expected: async () => {
          const md = await readFile(join(dir, 'expected', `${name}.md`), 'utf8');
          const block = /^```json\s*\n([^]*?)\n```/.exec(md)?.[1];
          const meta = block ? (JSON.parse(block) as DefuddleMetadata) : {};
          const expected: Expected = {};
          if (typeof meta.title === 'string' && meta.title) expected.title = meta.title;
          if (typeof meta.author === 'string') expected.authors = meta.author ? [meta.author] : [];
          if (typeof meta.site === 'string' && meta.site) expected.site = meta.site;
          if (typeof meta.published === 'string') expected.date = meta.published || null;
          return expected;
        },
      };
    }),
  );
}
