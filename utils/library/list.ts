import { read } from './access';
import type { ArticleSummary, LibraryDb } from './db';
import { spellings } from './spellings';
import { beginningKey, queryWords, SHORT_PREFIX } from './words';

/**
 * The ids of every article (or every unread one), newest first. Only keys are read, a few bytes
 * per article, so the popup learns the list's order and length without loading summaries.
 */
export function listIds(filter: { unreadOnly?: boolean } = {}): Promise<string[]> {
  return read(async (db) =>
    (filter.unreadOnly
      ? await db.getAllKeysFromIndex('summaries', 'unread')
      : await db.getAllKeysFromIndex('summaries', 'savedAt')
    ).reverse(),
  );
}

/** How many articles the library holds (or how many are unread). */
export function countArticles(filter: { unreadOnly?: boolean } = {}): Promise<number> {
  return read((db) => (filter.unreadOnly ? db.countFromIndex('summaries', 'unread') : db.count('summaries')));
}

/**
 * The newest `limit` summaries (or unread ones): the list's first screen, read without waiting
 * for every id of a large library.
 */
export function newestSummaries(limit: number, filter: { unreadOnly?: boolean } = {}): Promise<ArticleSummary[]> {
  return read(async (db) => {
    const index = db.transaction('summaries').store.index(filter.unreadOnly ? 'unread' : 'savedAt');
    const rows: ArticleSummary[] = [];
    for (
      let cursor = await index.openCursor(null, 'prev');
      cursor && rows.length < limit;
      cursor = await cursor.continue()
    ) {
      rows.push(cursor.value);
    }
    return withHighlightCounts(db, rows);
  });
}

/** The summaries of `ids`, in that order; an id deleted in the meantime is left out. */
export function getSummaries(ids: string[]): Promise<ArticleSummary[]> {
  return read(async (db) => {
    const tx = db.transaction('summaries');
    const found = await Promise.all(ids.map((id) => tx.store.get(id)));
    return withHighlightCounts(
      db,
      found.filter((summary) => summary !== undefined),
    );
  });
}

/** Each row with how many highlights its article has, counted as the rows are read (never stored). */
async function withHighlightCounts(db: LibraryDb, rows: ArticleSummary[]): Promise<ArticleSummary[]> {
  const counts = await Promise.all(rows.map((row) => db.countFromIndex('highlights', 'articleId', row.id)));
  return rows.map((row, i) => (counts[i] ? { ...row, highlights: counts[i] } : row));
}

/**
 * Ids of the articles whose headline, site, authors, teaser or text hold every word of the query,
 * the last one as a prefix; an empty query matches every article.
 */
export function searchIds(query: string, signal?: AbortSignal): Promise<Set<string>> {
  return read(
    async (db) => (query.trim() ? matchingIds(db, query, signal) : new Set(await db.getAllKeys('articles'))),
    signal,
  );
}

/** The ids of `order` (as from listIds) that match the query, in the same order: newest first. */
export async function searchList(order: string[], query: string, signal?: AbortSignal): Promise<string[]> {
  const matches = await searchIds(query, signal);
  return order.filter((id) => matches.has(id));
}

/**
 * Looks each word up in the word index and intersects. Finished words go first: each matches one
 * index entry per article, so they narrow the set cheaply. So does a short prefix, through its
 * beginning key; a longer one is a range over the few words that start with it. Between lookups
 * a cancelled search stops.
 */
async function matchingIds(db: LibraryDb, query: string, signal?: AbortSignal): Promise<Set<string>> {
  const { whole, prefix } = queryWords(query);
  const index = db.transaction('words').store.index('words');
  // Each word is a list of keys, one per spelling (spellings.ts); an article matches the word
  // through any of them.
  const lookups: Array<Array<string | IDBKeyRange>> = whole.map((word) => spellings(word, { complete: true }));
  if (prefix !== null) {
    lookups.push(
      spellings(prefix, { complete: false }).map((start) =>
        [...start].length <= SHORT_PREFIX ? beginningKey(start) : IDBKeyRange.bound(start, `${start}\uffff`),
      ),
    );
  }
  let ids: Set<string> | undefined;
  for (const keys of lookups) {
    const found: string[] = [];
    for (const key of keys) {
      signal?.throwIfAborted();
      found.push(...(await index.getAllKeys(key)));
    }
    ids = narrowed(ids, found);
    if (ids.size === 0) break;
  }
  signal?.throwIfAborted();
  return ids ?? new Set();
}

/** The ids found that are also in `ids` (all of them for the first word); a word repeated in an article counts once. */
function narrowed(ids: Set<string> | undefined, found: string[]): Set<string> {
  return new Set(ids ? found.filter((id) => ids.has(id)) : found);
}
