/**
 * The one shape every part of Lede reads: produced by `utils/extract`, shown by the Reader,
 * stored by the library. Field names are a contract with other tools (CLI output, exports).
 */
export interface Article {
  /** Canonical URL when the page names one, else the page URL. */
  url: string;
  title: string;
  /** Every author, in byline order, without "By"/"Von", roles or dates. */
  authors: string[];
  /** The publisher's standfirst or key points, one string per bullet; empty when there is none. */
  teaser: string[];
  /** Body HTML, sanitised; never contains the headline, byline or teaser again. */
  content: string;
  /** Plain text of the body. */
  text: string;
  excerpt: string;
  /** ISO 8601, or null when the page gives no date. */
  publishedTime: string | null;
  siteName: string | null;
  /** Absolute URL, or null. */
  leadImage: string | null;
  /** BCP 47 tag such as "de" or "en-GB". */
  lang: string;
  dir: 'ltr' | 'rtl';
  wordCount: number;
  readingMinutes: number;
}

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: ExtractFailure };

/** Why a page gave no article; the UI maps each to a message for the user. */
export type ExtractFailure = 'empty-page' | 'no-article' | 'not-html';
