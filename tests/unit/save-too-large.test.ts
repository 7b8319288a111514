import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { libraryHandlers } from '@/entrypoints/background/library-handlers';
import { failureMessage } from '@/components/LibraryText';
import { library } from '@/entrypoints/reader.content/library-client';
import { allArticles } from '@/utils/library/articles';
import { disconnect } from '@/utils/library/db';
import type { Article } from '@/utils/article';
import { installDom, useEnglishMessages } from './components/dom';

// An article that opened in the reader but is larger than the library keeps: refused in words,
// with its size and the limit, both by the background and before the message is even sent.
const paragraph = 'The council of the small harbour town voted on Tuesday to keep its ferry running. ';
const text = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length)).slice(0, 10_000_000);
const huge: Article = {
  url: 'https://news.example/2024/05/huge',
  title: 'A very long report',
  authors: [],
  teaser: [],
  content: '<p>Short HTML: the text is what is too long.</p>',
  text,
  excerpt: '',
  publishedTime: null,
  siteName: null,
  leadImage: null,
  lang: 'en',
  dir: 'ltr',
  wordCount: 1,
  readingMinutes: 1,
};

beforeAll(installDom);
beforeEach(async () => {
  useEnglishMessages();
  await disconnect();
  globalThis.indexedDB = new IDBFactory();
});

describe('saving an article larger than the library keeps', () => {
  it('the background refuses it with its size and the limit, and stores nothing', async () => {
    const answer = await libraryHandlers.saveArticle(huge, { id: fakeBrowser.runtime.id });
    expect(answer).toEqual({ ok: false, error: 'too-large', excess: { size: 10_000_000, limit: 5_000_000 } });
    expect(await allArticles()).toEqual([]);
  });

  it('the reader says so in words, with the numbers', async () => {
    const answer = await library.save(huge);
    if (answer.ok || !('excess' in answer)) throw new Error('expected a refusal with sizes');
    expect(failureMessage(answer.error, answer.excess)).toBe(
      'This article is larger than Lede keeps: 10 MB of text, limit 5 MB.',
    );
  });

  it('an article within the limit is still saved', async () => {
    const answer = await libraryHandlers.saveArticle(
      { ...huge, text: text.slice(0, 4_000_000) },
      { id: fakeBrowser.runtime.id },
    );
    expect(answer.ok).toBe(true);
  });
});
