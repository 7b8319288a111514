import type { ArticleSummary, SavedArticle, WordsEntry } from './record-types';
import { indexKeys } from './words';

/** The key that makes a re-save an update: the URL without its fragment. */
export function normalizeUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** What the list shows of an article; a few hundred bytes however long the article is. */
export function summarise(record: SavedArticle): ArticleSummary {
  const { article } = record;
  return {
    id: record.id,
    url: article.url,
    title: article.title,
    siteName: article.siteName,
    firstTeaser: article.teaser[0] ?? null,
    authors: article.authors,
    readingMinutes: article.readingMinutes,
    savedAt: record.savedAt,
    read: record.read,
    readProgress: record.readProgress,
    ...(record.read ? {} : { unreadSince: record.savedAt }),
  };
}

export function wordsEntry(record: SavedArticle): WordsEntry {
  return { id: record.id, words: indexKeys(record.article) };
}
