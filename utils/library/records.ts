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
    ...(article.teaser.length ? {} : openingOf(article)),
    authors: article.authors,
    readingMinutes: article.readingMinutes,
    savedAt: record.savedAt,
    read: record.read,
    readProgress: record.readProgress,
    ...(record.read ? {} : { unreadSince: record.savedAt }),
  };
}

/** More than the row's one line can show at its widest; the row ends it with "…". */
const OPENING_CHARS = 240;

/**
 * For the list, how an article without a teaser opens: its excerpt (the page's description, or the
 * body's first paragraph), else the start of its text.
 */
export function openingOf(article: Pick<SavedArticle['article'], 'excerpt' | 'text'>): { opening?: string } {
  const opening = (article.excerpt || article.text).replace(/\s+/g, ' ').trim().slice(0, OPENING_CHARS);
  return opening ? { opening } : {};
}

export function wordsEntry(record: SavedArticle): WordsEntry {
  return { id: record.id, words: indexKeys(record.article) };
}
