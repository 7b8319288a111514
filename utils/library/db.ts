import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { LibraryFailure, toFailure } from './errors';
import type {
  ArticleSummary,
  SavedArticle,
  StoredHighlight,
  StoredPage,
  StoredPicture,
  WordsEntry,
} from './record-types';
import { DB_VERSION, runUpgrade, type AnyDb, type UpgradeTx } from './schema';

export { DB_VERSION };
export type {
  ArticleSummary,
  ListenPosition,
  SavedArticle,
  StoredHighlight,
  StoredPage,
  StoredPicture,
  WordsEntry,
} from './record-types';

export interface LedeLibraryDB extends DBSchema {
  articles: { key: string; value: SavedArticle; indexes: { url: string } };
  summaries: { key: string; value: ArticleSummary; indexes: { savedAt: string; unread: string } };
  words: { key: string; value: WordsEntry; indexes: { words: string } };
  pictures: { key: [string, string]; value: StoredPicture; indexes: { articleId: string } };
  highlights: { key: string; value: StoredHighlight; indexes: { articleId: string; createdAt: string } };
  pages: { key: string; value: StoredPage };
}

export type LibraryDb = IDBPDatabase<LedeLibraryDB>;
export type StoreName = 'articles' | 'summaries' | 'words' | 'pictures' | 'highlights' | 'pages';

export const DB_NAME = 'lede-library';

let connection: Promise<LibraryDb> | null = null;

/**
 * The service worker may be stopped at any moment, so the cached connection is only a shortcut:
 * everything lives in IndexedDB and a fresh worker simply opens it again.
 */
export function connect(): Promise<LibraryDb> {
  connection ??= open().catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}

/** Closes the cached connection (another version wants the database, or a test swaps it). */
export async function disconnect(): Promise<void> {
  const pending = connection;
  connection = null;
  if (pending) (await pending.catch(() => null))?.close();
}

function open(): Promise<LibraryDb> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    openDB<LedeLibraryDB>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // A failed step aborts the upgrade; openDB then rejects, which is where it is reported.
        tx.done.catch(() => undefined);
        runUpgrade(db as unknown as AnyDb, oldVersion, tx as unknown as UpgradeTx).catch(() => tx.abort());
      },
      // An older Lede page still holds the database open: say so instead of waiting forever.
      blocked() {
        blocked = true;
        reject(new LibraryFailure('blocked'));
      },
      // A newer version needs the database: let it go, the next call reopens.
      blocking() {
        void disconnect();
      },
      terminated() {
        connection = null;
      },
    }).then(
      (db) => (blocked ? db.close() : resolve(db)),
      (error: unknown) => reject(toFailure(error)),
    );
  });
}
