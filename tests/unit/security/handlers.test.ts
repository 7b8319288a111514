import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { libraryHandlers } from '@/entrypoints/background/library-handlers';
import { allArticles, saveArticle } from '@/utils/library/articles';
import { disconnect } from '@/utils/library/db';
import type { Article } from '@/utils/article';

// The background's gate: a message counts only from Lede's own contexts, and only in the shape
// the protocol promises. Anything else is refused before IndexedDB sees it.
const lede = { id: fakeBrowser.runtime.id };
const strangers: Array<[string, { id?: string }]> = [
  ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop' }],
  ['a web page (no extension id)', {}],
];

const article: Article = {
  url: 'https://news.example/2024/05/budget',
  title: 'Council passes budget',
  authors: ['Maya Lindqvist'],
  teaser: [],
  content: '<p>Body.</p>',
  text: 'Body.',
  excerpt: '',
  publishedTime: null,
  siteName: null,
  leadImage: null,
  lang: 'en',
  dir: 'ltr',
  wordCount: 1,
  readingMinutes: 1,
};

let savedId: string;
beforeEach(async () => {
  await disconnect();
  globalThis.indexedDB = new IDBFactory();
  savedId = (await saveArticle(article)).id;
});

describe.each(strangers)('a message from %s', (_who, sender) => {
  it('cannot save, delete or read the library', async () => {
    const before = await allArticles();
    expect(await libraryHandlers.saveArticle({ ...article, url: 'https://evil.example/planted' }, sender)).toEqual({
      ok: false,
      error: 'invalid-input',
    });
    expect(await libraryHandlers.removeArticle(savedId, sender)).toEqual({ ok: false, error: 'invalid-input' });
    expect(await libraryHandlers.articleStatus(article.url, sender)).toEqual({ ok: false, error: 'invalid-input' });
    expect(await allArticles()).toEqual(before);
  });
});

describe("a message from Lede's own context in the wrong shape", () => {
  it.each<[string, unknown]>([
    ['a script URL as the article URL', { ...article, url: 'javascript:alert(1)' }],
    ['a data: URL as the lead image', { ...article, leadImage: 'data:text/html,<script>alert(1)</script>' }],
    ['markup as the language', { ...article, lang: 'en"><script>alert(1)</script>' }],
    ['an object where the body HTML belongs', { ...article, content: { toString: () => '<script>alert(1)</script>' } }],
    ['a list where the title belongs', { ...article, title: ['<img src=x onerror=alert(1)>'] }],
    ['no article at all', '<script>alert(1)</script>'],
  ])('refuses %s and stores nothing', async (_what, data) => {
    const before = await allArticles();
    expect(await libraryHandlers.saveArticle(data, lede)).toEqual({ ok: false, error: 'invalid-input' });
    expect(await allArticles()).toEqual(before);
  });

  it('refuses an id that is not a string', async () => {
    expect(await libraryHandlers.removeArticle({ id: savedId }, lede)).toEqual({ ok: false, error: 'invalid-input' });
    expect((await allArticles()).map((r) => r.id)).toEqual([savedId]);
  });

  it('stores a well-formed article from Lede, with extra properties dropped', async () => {
    const result = await libraryHandlers.saveArticle(
      { ...article, url: 'https://news.example/other', extra: '<script>' },
      lede,
    );
    expect(result).toMatchObject({ ok: true });
    const stored = (await allArticles()).find((r) => r.article.url === 'https://news.example/other')!;
    expect(Object.keys(stored.article).sort()).toEqual(Object.keys(article).sort());
  });
});
