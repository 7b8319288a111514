import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { SavedArticle } from './db';
import { summarise, wordsEntry } from './records';

export const DB_VERSION = 5;

export type AnyDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * v1, the first shipped schema: one store of whole records, unique by URL. Kept as the first
 * step of the chain so that a fresh install and an old library reach the current schema the same way.
 */
function createV1(db: AnyDb): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('url', 'article.url', { unique: true });
}

/**
 * v2: records gain `readProgress` (a v1 article marked read counts as read to the end), and the
 * list's summaries and a search string per article got stores of their own. The chain always
 * runs on to v3, which rebuilds both from the records, so they are not filled here.
 */
async function migrateToV2(db: AnyDb, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('summaries', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
  db.createObjectStore('search', { keyPath: 'id' });
  const articles = tx.objectStore('articles');
  for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
    const v1 = cursor.value as Omit<SavedArticle, 'readProgress'>;
    await cursor.update({ ...v1, readProgress: v1.read ? 1 : 0 });
  }
}

/**
 * v3: search goes through a word index instead of scanning every article's text, which took
 * seconds at a few thousand articles; summaries gain authors and progress, and a sparse index
 * lists the unread ones without reading the rest.
 */
async function migrateToV3(db: AnyDb, tx: UpgradeTx): Promise<void> {
  db.deleteObjectStore('search');
  db.createObjectStore('words', { keyPath: 'id' }).createIndex('words', 'words', { multiEntry: true });
  const summaries = tx.objectStore('summaries');
  summaries.createIndex('unread', 'unreadSince');
  const words = tx.objectStore('words');
  const articles = tx.objectStore('articles');
  for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
    const record = cursor.value as SavedArticle;
    await Promise.all([summaries.put(summarise(record)), words.put(wordsEntry(record))]);
  }
}

/**
 * v4: pictures kept for offline reading get a store of their own, keyed by article and address,
 * so that the list and search never read them. Existing articles are left exactly as they were.
 */
function migrateToV4(db: AnyDb): void {
  db.createObjectStore('pictures', { keyPath: ['articleId', 'src'] }).createIndex('articleId', 'articleId');
}

/**
 * v5: highlights and notes get a store of their own, listed per article and newest first across
 * the library. Existing articles are left exactly as they were.
 */
function migrateToV5(db: AnyDb): void {
  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('articleId', 'articleId');
  highlights.createIndex('createdAt', 'createdAt');
}

/** The migration chain; `upgradeSteps[n]` brings a database from version n to n + 1. */
export const upgradeSteps: Array<(db: AnyDb, tx: UpgradeTx) => void | Promise<void>> = [
  createV1,
  migrateToV2,
  migrateToV3,
  migrateToV4,
  migrateToV5,
];

/**
 * Steps run inside the one upgrade transaction, which stays alive while their requests are
 * pending; if any step fails the transaction aborts and the old library stays as it was.
 */
export async function runUpgrade(db: AnyDb, oldVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion; v < DB_VERSION; v++) await upgradeSteps[v]!(db, tx);
}
