import type { Article } from '../article';
import type { HighlightColor, HighlightTarget } from '../highlights/target';

// The shapes the library stores, apart from the database that stores them, so that the schema,
// its migrations and the record helpers can name them without importing the connection.

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
  /** How the article opens, for an article without a teaser: so its row has a line of text there too. */
  opening?: string;
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

/**
 * Why a saved article has no page to read again (shown on the saved-article page). `unprepared`:
 * the page could not be prepared for keeping (the document that prunes it was closed meanwhile).
 */
export type PageSkip = 'too-large' | 'no-room' | 'imported' | 'unprepared';

/**
 * The page a saved article was read from (schema v6), as markup without its scripts, gzip-compressed,
 * so that the copy can be read again with the site's current fixes. A page that was not kept leaves
 * only the reason; an article saved before v6 has no entry at all.
 */
export interface StoredPage {
  articleId: string;
  /** The page's own address (not the article's canonical URL): site fixes are found by it. */
  url: string;
  /** ISO 8601 */
  keptAt: string;
  gzip?: ArrayBuffer;
  skipped?: PageSkip;
}
