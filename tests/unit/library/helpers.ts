import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Article } from '@/utils/article';
import type * as ArticlesModule from '@/utils/library/articles';
import { disconnect, type ArticleSummary } from '@/utils/library/db';
import { getSummaries, listIds } from '@/utils/library/list';

/** Every test starts with an empty, private IndexedDB and no cached connection. */
export function useFreshIndexedDb(): void {
  beforeEach(async () => {
    await disconnect();
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/2017/03/japan-russland',
    title: 'Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit',
    authors: ['Hannah Janz'],
    teaser: [
      'Nordkorea als Bedrohung: Russlands und Japans Außen- und Verteidigungsminister beraten',
      'Stärkere Zusammenarbeit wird angepeilt',
    ],
    content: '<p>Am Montag trafen sich Japans und Russlands Außen- und Verteidigungsminister.</p>',
    text: 'Am Montag trafen sich Japans und Russlands Außen- und Verteidigungsminister.',
    excerpt: 'Am Montag trafen sich Japans und Russlands Außen- und Verteidigungsminister.',
    publishedTime: '2017-03-20T10:00:00+01:00',
    siteName: 'Japan Digest',
    leadImage: 'https://news.example/img/lead.jpg',
    lang: 'de',
    dir: 'ltr',
    wordCount: 11,
    readingMinutes: 1,
    ...overrides,
  };
}

/** The n-th of many distinct articles, for lists and concurrency. */
export function numbered(n: number, overrides: Partial<Article> = {}): Article {
  return makeArticle({
    url: `https://news.example/article/${n}`,
    title: `Article number ${n}`,
    text: `Body of article ${n}.`,
    ...overrides,
  });
}

/** The whole list as the popup would page through it, newest first. */
export async function listSummaries(filter: { unreadOnly?: boolean } = {}): Promise<ArticleSummary[]> {
  return getSummaries(await listIds(filter));
}

/** Each "tab" gets its own copy of the library module and so its own database connection. */
export async function openTabs(count: number): Promise<Array<typeof ArticlesModule>> {
  const tabs: Array<typeof ArticlesModule> = [];
  for (let i = 0; i < count; i++) {
    vi.resetModules();
    tabs.push(await import('@/utils/library/articles'));
  }
  return tabs;
}
