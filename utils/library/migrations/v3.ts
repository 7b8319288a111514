import type { SavedArticle } from '../record-types';
import { indexKeys } from '../words';
import type { AnyDb, UpgradeTx } from './types';

/**
 * v3: search goes through a word index instead of scanning every article's text, which took
 * seconds at a few thousand articles; summaries gain authors and progress, and a sparse index
 * lists the unread ones without reading the rest.
 */
export async function migrateToV3(db: AnyDb, tx: UpgradeTx): Promise<void> {
  db.deleteObjectStore('search');
  db.createObjectStore('words', { keyPath: 'id' }).createIndex('words', 'words', { multiEntry: true });
  const summaries = tx.objectStore('summaries');
  summaries.createIndex('unread', 'unreadSince');
  const words = tx.objectStore('words');
  const articles = tx.objectStore('articles');
  for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
    const record = cursor.value as SavedArticle;
    await Promise.all([
      summaries.put(summaryV3(record)),
      words.put({ id: record.id, words: indexKeys(record.article) }),
    ]);
  }
}

/**
 * The list's summary as v3 defined it, frozen here: a later change to `summarise` (records.ts)
 * must not rewrite what this migration did to a library upgraded then. The word index is
 * different: it is derived for search, and must use today's words for old and new articles alike.
 */
function summaryV3(record: SavedArticle) {
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
