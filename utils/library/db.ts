import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article } from '../article';
import type { HighlightColor, HighlightTarget } from '../highlights/target';
import { LibraryFailure, toFailure } from './errors';
import { DB_VERSION, runUpgrade, type AnyDb, type UpgradeTx } from './schema';

export { DB_VERSION };

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
  /** Where Listen stopped; optional, so older records and exports need no migration. */
  listenPosition?: ListenPosition;
}

/** A place in the speech plan: the block, the character in its spoken text, and the words there. */
export interface ListenPosition {
  block: number;
  offset: number;
  /** The first words from that place, for "Continue from '…'". */
  snippet: string;
}

/** What the popup's list reads, a page at a time: no body, so thousands of rows stay light. */
export interface ArticleSummary {
  id: string;
  url: string;
  title: string;
  siteName: string | null;
  firstTeaser: string | null;
  authors: string[];
  readingMinutes: number;
  savedAt: string;
  read: boolean;
  readProgress: number;
  /** `savedAt` while unread, absent once read: the sparse `unread` index lists only unread articles. */
  unreadSince?: string;
  /** How many highlights the article has, when it has any; counted when read, never stored. */
  highlights?: number;
}

/** The article's distinct folded words (see words.ts); a multiEntry index makes them searchable. */
export interface WordsEntry {
  id: string;
  words: string[];
}

/**
 * A picture of a saved article's body, kept for offline reading (schema v4). `src` is the picture's
 * address as the stored body names it (its `src`, else its first `srcset` candidate), which is how
 * the reader page and the HTML export find it again.
 */
export interface StoredPicture {
  articleId: string;
  src: string;
  type: string;
  bytes: ArrayBuffer;
}

/**
 * A highlight in a saved article (schema v5), with the reader's note. The target finds the passage
 * again in any later extraction; `text` is the passage as it was highlighted, for lists, search and
 * exports even when the passage is no longer found.
 */
export interface StoredHighlight {
  id: string;
  articleId: string;
  color: HighlightColor;
  note: string;
  text: string;
  target: HighlightTarget;
  /** ISO 8601 */
  createdAt: string;
  /** ISO 8601 */
  updatedAt: string;
}

export interface LedeLibraryDB extends DBSchema {
  articles: { key: string; value: SavedArticle; indexes: { url: string } };
  summaries: { key: string; value: ArticleSummary; indexes: { savedAt: string; unread: string } };
  words: { key: string; value: WordsEntry; indexes: { words: string } };
  pictures: { key: [string, string]; value: StoredPicture; indexes: { articleId: string } };
  highlights: { key: string; value: StoredHighlight; indexes: { articleId: string; createdAt: string } };
}

export type LibraryDb = IDBPDatabase<LedeLibraryDB>;
export type StoreName = 'articles' | 'summaries' | 'words' | 'pictures' | 'highlights';

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
