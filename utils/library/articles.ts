import type { Article } from '../article';
import { deleteEverywhere, deletePictures, read, write, type WriteTx } from './access';
import type { ListenPosition, SavedArticle, StoredHighlight, StoredPage, StoredPicture } from './db';
import { LibraryFailure } from './errors';
import { normalizeUrl, summarise, wordsEntry } from './records';
import { sanitizeContent } from './sanitize';

/** Writes a record with its summary and its words, so that the list and search stay true. */
function putRecord(tx: WriteTx, record: SavedArticle): Promise<unknown> {
  return Promise.all([
    tx.objectStore('articles').put(record),
    tx.objectStore('summaries').put(summarise(record)),
    tx.objectStore('words').put(wordsEntry(record)),
  ]);
}

/** Read state and progress do not change the words, so they are not worked out again. */
function putState(tx: WriteTx, record: SavedArticle): Promise<unknown> {
  return Promise.all([tx.objectStore('articles').put(record), tx.objectStore('summaries').put(summarise(record))]);
}

/** Stores an article; the same URL (fragment ignored) updates the entry and keeps its read state. */
export function saveArticle(input: Article, now = new Date()): Promise<{ id: string; created: boolean }> {
  const article: Article = { ...input, url: normalizeUrl(input.url), content: sanitizeContent(input.content) };
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
  return read(async (db) => (await db.getKeyFromIndex('articles', 'url', normalizeUrl(url))) ?? null);
}

/** Every whole record, for export. */
export function allArticles(): Promise<SavedArticle[]> {
  return read((db) => db.getAll('articles'));
}

/** Every kept picture, for a backup that carries them. */
export function allPictures(): Promise<StoredPicture[]> {
  return read((db) => db.getAll('pictures'));
}

/** A deleted article as Undo needs it: the record, the pictures and page kept with it and its highlights. */
export interface RemovedArticle extends SavedArticle {
  pictures: StoredPicture[];
  highlights: StoredHighlight[];
  page?: StoredPage;
}

/** Deletes for real and hands back the record, its pictures and highlights so that Undo can put them back. */
export function removeArticle(id: string): Promise<RemovedArticle> {
  return write(async (tx) => {
    const [record, pictures, highlights, page] = await Promise.all([
      tx.objectStore('articles').get(id),
      tx.objectStore('pictures').index('articleId').getAll(id),
      tx.objectStore('highlights').index('articleId').getAll(id),
      tx.objectStore('pages').get(id),
    ]);
    if (!record) throw new LibraryFailure('not-found');
    await deleteEverywhere(tx, id);
    return { ...record, pictures, highlights, ...(page ? { page } : {}) };
  });
}

/**
 * Undo of a delete, with the pictures when the caller has them (a record read back from the
 * library has none: they went with the delete). If the same URL was saved again in the
 * meantime, that newer entry stays, with its own pictures, and its id is returned.
 */
export function restoreArticle(removed: SavedArticle | RemovedArticle): Promise<string> {
  const { pictures = [], highlights = [], page, ...record } = removed as Partial<RemovedArticle> & SavedArticle;
  return write(async (tx) => {
    const current = await tx.objectStore('articles').index('url').get(record.article.url);
    if (current) return current.id;
    await Promise.all([
      putRecord(tx, record),
      ...pictures.map((p) => tx.objectStore('pictures').put({ ...p, articleId: record.id })),
      ...highlights.map((h) => tx.objectStore('highlights').put({ ...h, articleId: record.id })),
      ...(page ? [tx.objectStore('pages').put({ ...page, articleId: record.id })] : []),
    ]);
    return record.id;
  });
}

function updateRecord(id: string, change: (record: SavedArticle) => SavedArticle): Promise<void> {
  return write(async (tx) => {
    const record = await tx.objectStore('articles').get(id);
    if (!record) throw new LibraryFailure('not-found');
    await putState(tx, change(record));
  });
}

/**
 * The copy read again from its kept page (with the site's current fixes): the same entry, so its
 * highlights, read state, progress and place in Listen stay; only the article and `updatedAt` change.
 * The URL stays the record's, the key a later save of the page updates.
 */
export function replaceArticle(id: string, input: Article, now = new Date()): Promise<SavedArticle> {
  return write(async (tx) => {
    const record = await tx.objectStore('articles').get(id);
    if (!record) throw new LibraryFailure('not-found');
    const article: Article = { ...input, url: record.article.url, content: sanitizeContent(input.content) };
    const updated: SavedArticle = { ...record, article, updatedAt: now.toISOString() };
    await putRecord(tx, updated);
    return updated;
  });
}

export function setRead(id: string, read: boolean): Promise<void> {
  return updateRecord(id, (r) => ({ ...r, read, readProgress: read ? r.readProgress : 0 }));
}

export function setProgress(id: string, progress: number): Promise<void> {
  const readProgress = Math.min(1, Math.max(0, progress));
  return updateRecord(id, (r) => ({ ...r, readProgress }));
}

/** Where Listen stopped (null: it finished, so the next listen starts at the top). */
export function setListenPosition(id: string, position: ListenPosition | null): Promise<void> {
  return updateRecord(id, (r) => {
    const { listenPosition: _old, ...rest } = r;
    return position ? { ...rest, listenPosition: position } : rest;
  });
}

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
}

/** An article the import replaced with a newer copy: the user is told which. */
export interface UpdatedArticle {
  id: string;
  title: string;
}

/**
 * Merges already-validated records by URL in ONE transaction: a new URL is added, an existing
 * one is replaced only when the import is newer (`updatedAt`), anything else is skipped. The
 * lookups and writes are issued together rather than one by one, so thousands of articles
 * import in one pass. `pictures` (keyed by the ids the records have in the file) go with the
 * records that are written, replacing the pictures of an article they update.
 */
export function mergeArticles(
  records: SavedArticle[],
  pictures: StoredPicture[] = [],
  highlights: StoredHighlight[] = [],
): Promise<{ counts: ImportCounts; updated: UpdatedArticle[] }> {
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
    const updated: UpdatedArticle[] = [];
    const usedIds = new Set<string>();
    const picturesOf = new Map<string, StoredPicture[]>();
    for (const p of pictures) picturesOf.set(p.articleId, [...(picturesOf.get(p.articleId) ?? []), p]);
    const withPictures = (fileId: string, id: string, replace: boolean) => {
      const mine = picturesOf.get(fileId) ?? [];
      if (!mine.length) return [];
      return [
        ...(replace ? [deletePictures(tx, id)] : []),
        ...mine.map((p) => tx.objectStore('pictures').put({ ...p, articleId: id })),
      ];
    };
    const highlightsOf = new Map<string, StoredHighlight[]>();
    for (const h of highlights) highlightsOf.set(h.articleId, [...(highlightsOf.get(h.articleId) ?? []), h]);
    // A highlight is the reader's own work: it joins its article whichever copy of the article
    // wins, and, keyed by its id, importing the same backup twice does not double it.
    const withHighlights = (fileId: string, id: string) =>
      (highlightsOf.get(fileId) ?? []).map((h) => tx.objectStore('highlights').put({ ...h, articleId: id }));
    const writes = incoming.map((record, i) => {
      const current = currents[i];
      if (current) {
        if (!isNewer(record, current)) {
          counts.skipped++;
          return Promise.all(withHighlights(record.id, current.id));
        }
        counts.updated++;
        updated.push({ id: current.id, title: record.article.title });
        return Promise.all([
          putRecord(tx, { ...record, id: current.id }),
          ...withPictures(record.id, current.id, true),
          ...withHighlights(record.id, current.id),
        ]);
      }
      counts.added++;
      const idFree = takenIds[i] === undefined && !usedIds.has(record.id);
      const id = idFree ? record.id : crypto.randomUUID();
      usedIds.add(id);
      // Backups carry no pages: the saved-article page says why this one cannot be read again.
      const page: StoredPage = {
        articleId: id,
        url: record.article.url,
        keptAt: record.updatedAt,
        skipped: 'imported',
      };
      return Promise.all([
        putRecord(tx, { ...record, id }),
        tx.objectStore('pages').put(page),
        ...withPictures(record.id, id, false),
        ...withHighlights(record.id, id),
      ]);
    });
    await Promise.all(writes);
    return { counts, updated };
  });
}

function isNewer(a: SavedArticle, b: SavedArticle): boolean {
  return Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
}
