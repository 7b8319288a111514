import type { IDBPTransaction } from 'idb';
import { connect, type LedeLibraryDB, type LibraryDb, type StoreName } from './db';
import { toFailure } from './errors';

export type WriteTx = IDBPTransaction<LedeLibraryDB, StoreName[], 'readwrite'>;

const ALL_STORES: StoreName[] = ['articles', 'summaries', 'words', 'pictures', 'highlights', 'pages'];
/** The stores keyed by article id; pictures are keyed by article and address. */
const ID_STORES = ['articles', 'summaries', 'words', 'pages'] as const;

/**
 * Runs `work` in one readwrite transaction over every store. IndexedDB serialises readwrite
 * transactions with overlapping scopes, so a lookup-then-put inside `work` cannot race a save
 * from another tab. On any failure the transaction aborts: the library stays as it was.
 */
export async function write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
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

/**
 * Runs a read. A search the user has typed past is cancelled through `signal`: `work` checks it
 * between requests, and the abort reaches the caller as itself, not as a library failure.
 */
export async function read<T>(work: (db: LibraryDb) => Promise<T>, signal?: AbortSignal): Promise<T> {
  try {
    return await work(await connect());
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw toFailure(error);
  }
}

/** Deletes an article with its summary, its words, its kept page, its pictures and its highlights. */
export function deleteEverywhere(tx: WriteTx, id: string): Promise<unknown> {
  return Promise.all([
    ...ID_STORES.map((store) => tx.objectStore(store).delete(id)),
    deletePictures(tx, id),
    deleteHighlights(tx, id),
  ]);
}

async function deleteHighlights(tx: WriteTx, id: string): Promise<void> {
  const index = tx.objectStore('highlights').index('articleId');
  for (let cursor = await index.openCursor(id); cursor; cursor = await cursor.continue()) await cursor.delete();
}

export function deletePictures(tx: WriteTx, id: string): Promise<unknown> {
  return tx.objectStore('pictures').delete(IDBKeyRange.bound([id, ''], [id, '\uffff']));
}
