import { defineExtensionMessaging } from '@webext-core/messaging';
import type { HighlightColor, HighlightTarget } from './highlights/target';
import type { StoredHighlight } from './library/db';
import type { Article, ExtractFailure, FixReport } from './article';
import type { SiteRule } from './fixes/rules';

/**
 * The one protocol between Lede's contexts. The content script never opens IndexedDB itself:
 * it asks the background, which owns the library. Every handler must check that the sender is
 * Lede itself and validate the payload, because the shapes below are only compile-time promises.
 */
export interface LedeProtocol {
  /** Store or update (same URL ⇒ same entry) an article with its content. */
  saveArticle(article: Article): LibraryResult<{ id: string; created: boolean }>;
  removeArticle(id: string): LibraryResult<null>;
  /**
   * After a save: the page the article was read from, without its scripts (`html` null: over the
   * size Lede keeps), so the copy can be read again with the site's fixes. Never fails the save.
   */
  keepPage(page: KeptPageMessage): LibraryResult<null>;
  /** Whether a URL is in the library, so the overlay can show "Saved". */
  articleStatus(url: string): LibraryResult<{ id: string | null }>;
  /** Open the saved-articles popup (or a tab with it where a popup cannot be opened). */
  openLibrary(): void;
  /** The highlights of the article at this URL, when it is saved. */
  articleHighlights(url: string): LibraryResult<{ articleId: string | null; highlights: StoredHighlight[] }>;
  /** Highlights a passage; an article not saved yet is saved first, so no highlight is lost with the tab. */
  addHighlight(input: NewHighlightMessage): LibraryResult<{ articleId: string; highlight: StoredHighlight }>;
  updateHighlight(change: { id: string; color?: HighlightColor; note?: string }): LibraryResult<StoredHighlight>;
  /** Deletes a highlight and answers it, so the reader can offer undo. */
  removeHighlight(id: string): LibraryResult<StoredHighlight>;
  restoreHighlight(record: StoredHighlight): LibraryResult<null>;
  /** The overlay in the sender's tab was closed (Esc, ✕, a click outside): the icon follows. */
  readerClosed(): void;
  /** A large page's copy, read off the page's main thread (Chrome: by the offscreen document). */
  extractPage(page: PageSnapshot): OffThreadResult;
  /** Background → offscreen document (Chrome): the same copy, read where a DOM exists. */
  extractInDocument(page: PageSnapshot): OffThreadResult;
  /** Background → offscreen document (Chrome): a saved article's page as it is kept (`keptPageMarkup`). */
  keptPageMarkup(html: string): string | null;
  /** The reader no longer wants the large page it asked for (closed, or the page replaced itself). */
  cancelOffThread(): void;
  /** The site (registrable domain) a page's fixes are stored under: the public suffix list stays in the background. */
  fixesSite(url: string): string;
}

export interface KeptPageMessage {
  id: string;
  /** The page's address, by which its site's fixes are found. */
  url: string;
  html: string | null;
}

export interface NewHighlightMessage {
  article: Article;
  color: HighlightColor;
  note?: string;
  text: string;
  target: HighlightTarget;
}

/** A page serialised in its tab, to be parsed and read in one of Lede's own documents. */
export interface PageSnapshot {
  html: string;
  url: string;
  /** The site's fixes (issue 16), so a large page comes out fixed like any other. */
  rules?: readonly SiteRule[];
}

/** `extractArticle`'s answer, or `error` when the copy could not be read (or the sender was not Lede). */
export type OffThreadResult =
  { ok: true; article: Article; fixes?: FixReport } | { ok: false; reason: ExtractFailure | 'error' };

export type LibraryResult<T> = { ok: true; value: T } | { ok: false; error: LibraryError; excess?: SizeExcess };

/** Failures the UI explains to the user; what was saved before always stays. */
export type LibraryError = 'quota-exceeded' | 'blocked' | 'write-failed' | 'invalid-input' | 'not-found' | 'too-large';

/** With `too-large`: how long the article's text is and how long Lede keeps, in characters. */
export interface SizeExcess {
  size: number;
  limit: number;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<LedeProtocol>();
