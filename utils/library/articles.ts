import type { IDBPTransaction } from 'idb';
import type { Article } from '../article';
import { connect, type ArticleSummary, type LedeLibraryDB, type LibraryDb, type SavedArticle, type StoreName } from './db';
import { LibraryFailure, toFailure } from './errors';
import { foldForSearch, normaliseUrl, searchText, summarise } from './records';
import { sanitizeContent } from './sanitize';

type WriteTx = IDBPTransaction<LedeLibraryDB, StoreName[], 'readwrite'>;

const ALL_STORES: StoreName[] = ['articles', 'summaries', 'search'];

/**
 * Runs `work` in one readwrite transaction over every store. IndexedDB serialises readwrite
 * transactions with overlapping scopes, so a lookup-then-put inside `work` cannot race a save
 * from another tab. On any failure the transaction aborts: the library stays as it was.
 */
async function write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
  const db = await connect().catch((e: unknown) => Promise.reject(toFailure(e)));
  const tx = db.transaction(ALL_STORES, 'readwrite');
  const done = tx.done;
  done.catch(() => undefined); // observed below; an abort after a failed request is expected
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted by the browser
    }
    throw toFailure(error);
  }
}

async function read<T>(work: (db: LibraryDb) => Promise<T>): Promise<T> {
  try {
    return await work(await connect());
  } catch (error) {
    throw toFailure(error);
  }
}

function putRecord(tx: WriteTx, record: SavedArticle): Promise<unknown> {
  return Promise.all([
    tx.objectStore('articles').put(record),
    tx.objectStore('summaries').put(summarise(record)),
    tx.objectStore('search').put({ id: record.id, text: searchText(record.article) }),
  ]);
}

function deleteRecord(tx: WriteTx, id: string): Promise<unknown> {
  return Promise.all(ALL_STORES.map((store) => tx.objectStore(store).delete(id)));
}

/** Stores an article; the same URL (fragment ignored) updates the entry and keeps its read state. */
export function saveArticle(input: Article, now = new Date()): Promise<{ id: string; created: boolean }> {
  const article: Article = { ...input, url: normaliseUrl(input.url), content: sanitizeContent(input.content) };
  const at = now.toISOString();
  return write(async (tx) => {
    const existing = await tx.objectStore('articles').index('url').get(article.url);
    const record: SavedArticle = existing
      ? { ...existing, article, updatedAt: at }
      : { id: crypto.randomUUID(), article, savedAt: at, updatedAt: at, read: false, readProgress: 0 };
    await putRecord(tx, record);
    return { id: record.id, created: !existing };
  });
}

export function getArticle(id: string): Promise<SavedArticle | undefined> {
  return read((db) => db.get('articles', id));
}

export function findIdByUrl(url: string): Promise<string | null> {
  return read(async (db) => (await db.getKeyFromIndex('articles', 'url', normaliseUrl(url))) ?? null);
}

/** Every saved article, newest first, without bodies. */
export function listSummaries(): Promise<ArticleSummary[]> {
  return read(async (db) => (await db.getAllFromIndex('summaries', 'savedAt')).reverse());
}

/** Every whole record, for export. */
export function allArticles(): Promise<SavedArticle[]> {
  return read((db) => db.getAll('articles'));
}

/** Search entries read per request: few round trips, yet never every body's text at once. */
const SEARCH_BATCH = 250;

/**
 * Ids of the articles whose headline, site, authors, teaser or text contain every word of the
 * query. Runs over the search store in batches, so bodies never reach the popup's memory.
 */
export function searchIds(query: string): Promise<Set<string>> {
  const terms = foldForSearch(query).split(' ').filter(Boolean);
  return read(async (db) => {
    const ids = new Set<string>();
    let range: IDBKeyRange | undefined;
    for (;;) {
      const batch = await db.getAll('search', range, SEARCH_BATCH);
      for (const entry of batch) if (terms.every((term) => entry.text.includes(term))) ids.add(entry.id);
      const last = batch.at(-1);
      if (batch.length < SEARCH_BATCH || !last) return ids;
      range = IDBKeyRange.lowerBound(last.id, true);
    }
  });
}

/** Deletes for real and hands back the record so that Undo can put it back. */
export function removeArticle(id: string): Promise<SavedArticle> {
  return write(async (tx) => {
    const record = await tx.objectStore('articles').get(id);
    if (!record) throw new LibraryFailure('not-found');
    await deleteRecord(tx, id);
    return record;
  });
}

/**
 * Undo of a delete. If the same URL was saved again in the meantime, that newer entry stays and
 * its id is returned.
 */
export function restoreArticle(record: SavedArticle): Promise<string> {
  return write(async (tx) => {
    const current = await tx.objectStore('articles').index('url').get(record.article.url);
    if (current) return current.id;
    await putRecord(tx, record);
    return record.id;
  });
}

function updateRecord(id: string, change: (record: SavedArticle) => SavedArticle): Promise<void> {
  return write(async (tx) => {
    const record = await tx.objectStore('articles').get(id);
    if (!record) throw new LibraryFailure('not-found');
    await putRecord(tx, change(record));
  });
}

export function setRead(id: string, read: boolean): Promise<void> {
  return updateRecord(id, (r) => ({ ...r, read, readProgress: read ? r.readProgress : 0 }));
}

/** Progress only moves the record, not the summary, so the frequent writes while reading stay small. */
export function setProgress(id: string, progress: number): Promise<void> {
  const readProgress = Math.min(1, Math.max(0, progress));
  return write(async (tx) => {
    const record = await tx.objectStore('articles').get(id);
    if (!record) throw new LibraryFailure('not-found');
    await tx.objectStore('articles').put({ ...record, readProgress });
  });
}

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
}

/**
 * Merges already-validated records by URL in ONE transaction: a new URL is added, an existing
 * one is replaced only when the import is newer (`updatedAt`), anything else is skipped. The
 * lookups and writes are issued together rather than one by one, so thousands of articles
 * import in one pass.
 */
export function mergeArticles(records: SavedArticle[]): Promise<ImportCounts> {
  const newest = new Map<string, SavedArticle>();
  for (const record of records) {
    const seen = newest.get(record.article.url);
    if (!seen || isNewer(record, seen)) newest.set(record.article.url, record);
  }
  const incoming = [...newest.values()];
  return write(async (tx) => {
    const articles = tx.objectStore('articles');
    const [currents, takenIds] = await Promise.all([
      Promise.all(incoming.map((record) => articles.index('url').get(record.article.url))),
      Promise.all(incoming.map((record) => articles.getKey(record.id))),
    ]);
    const counts: ImportCounts = { added: 0, updated: 0, skipped: records.length - incoming.length };
    const usedIds = new Set<string>();
    const writes = incoming.map((record, i) => {
      const current = currents[i];
      if (current) {
        if (!isNewer(record, current)) {
          counts.skipped++;
          return null;
        }
        counts.updated++;
        return putRecord(tx, { ...record, id: current.id });
      }
      counts.added++;
      const idFree = takenIds[i] === undefined && !usedIds.has(record.id);
      const id = idFree ? record.id : crypto.randomUUID();
      usedIds.add(id);
      return putRecord(tx, { ...record, id });
    });
    await Promise.all(writes);
    return counts;
  });
}

function isNewer(a: SavedArticle, b: SavedArticle): boolean {
  return Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
}
