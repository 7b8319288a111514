import type { Article } from '../article';
import type { ArticleSummary, SavedArticle } from './db';

/** The key that makes a re-save an update: the URL without its fragment. */
export function normaliseUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/**
 * Folds text the way the search box compares it: compatibility forms, soft hyphens (common in
 * German headlines) and case do not matter; runs of whitespace count as one space.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').replace(/\u00AD/g, '').toLowerCase().replace(/\s+/g, ' ');
}

export function searchText(article: Article): string {
  return foldForSearch(
    [article.title, article.siteName ?? '', ...article.authors, ...article.teaser, article.text].join('\n'),
  );
}

export function summarise(record: SavedArticle): ArticleSummary {
  const { article } = record;
  return {
    id: record.id,
    url: article.url,
    title: article.title,
    siteName: article.siteName,
    firstTeaser: article.teaser[0] ?? null,
    readingMinutes: article.readingMinutes,
    savedAt: record.savedAt,
    read: record.read,
  };
}
