import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Article } from '../article';
import { LibraryFailure, toFailure } from './errors';
import { searchText, summarise } from './records';

/** One saved article as stored: the whole Article plus what the library knows about it. */
export interface SavedArticle {
  id: string;
  /** `article.url` is normalised (no fragment) and is the key that makes re-saves updates. */
  article: Article;
  /** ISO 8601 */
  savedAt: string;
  /** ISO 8601; an import keeps the side with the newer value. */
  updatedAt: string;
  read: boolean;
  /** How far the reader got, 0..1. Added in schema v2. */
  readProgress: number;
}

/** What the popup's list holds in memory: no body, so thousands of rows stay light. */
export interface ArticleSummary {
  id: string;
  url: string;
  title: string;
  siteName: string | null;
  firstTeaser: string | null;
  readingMinutes: number;
  savedAt: string;
  read: boolean;
}

/** Lower-cased headline, site, authors, teaser and text, kept apart so listing never loads it. */
export interface SearchEntry {
  id: string;
  text: string;
}

export interface LedeLibraryDB extends DBSchema {
  articles: { key: string; value: SavedArticle; indexes: { url: string } };
  summaries: { key: string; value: ArticleSummary; indexes: { savedAt: string } };
  search: { key: string; value: SearchEntry };
}

export type LibraryDb = IDBPDatabase<LedeLibraryDB>;
export type StoreName = 'articles' | 'summaries' | 'search';

export const DB_NAME = 'lede-library';
export const DB_VERSION = 2;

type AnyDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * v1, the first shipped schema: one store of whole records, unique by URL. Kept as the first
 * step of the chain so that a fresh install and an old library reach v2 the same way.
 */
function createV1(db: AnyDb): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('url', 'article.url', { unique: true });
}

/**
 * v2: the popup lists and searches thousands of articles without reading their bodies, so the
 * light summary and the search string move to stores of their own; records gain `readProgress`
 * (a v1 article marked read counts as read to the end).
 */
async function migrateToV2(db: AnyDb, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('summaries', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
  db.createObjectStore('search', { keyPath: 'id' });
  const articles = tx.objectStore('articles');
  const summaries = tx.objectStore('summaries');
  const search = tx.objectStore('search');
  for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
    const v1 = cursor.value as Omit<SavedArticle, 'readProgress'>;
    const record: SavedArticle = { ...v1, readProgress: v1.read ? 1 : 0 };
    await Promise.all([
      cursor.update(record),
      summaries.put(summarise(record)),
      search.put({ id: record.id, text: searchText(record.article) }),
    ]);
  }
}

/** The migration chain; `steps[n]` brings a database from version n to n + 1. */
export const upgradeSteps: Array<(db: AnyDb, tx: UpgradeTx) => void | Promise<void>> = [
  createV1,
  migrateToV2,
];

/**
 * Steps run inside the one upgrade transaction, which stays alive while their requests are
 * pending; if any step fails the transaction aborts and the old library stays as it was.
 */
async function runUpgrade(db: AnyDb, oldVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion; v < DB_VERSION; v++) await upgradeSteps[v]!(db, tx);
}

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
        runUpgrade(db as unknown as AnyDb, oldVersion, tx as unknown as UpgradeTx).catch(() =>
          tx.abort(),
        );
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
