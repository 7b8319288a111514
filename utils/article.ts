import type { SiteRule } from './fixes/rules';
import type { TeaserCandidate } from './extract/teaser-features';

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

export type ExtractResult = { ok: true; article: Article } | { ok: false; reason: ExtractFailure };

/** Why a page gave no article; the UI maps each to a message for the user. */
export type ExtractFailure = 'empty-page' | 'no-article' | 'not-html';

/** What `extractArticle` may be asked for beside the page; every option is off by default. */
export interface ExtractOptions {
  /** Also return an `ExtractTrace`: where each field came from and what each pass removed. */
  trace?: boolean;
  /** The site's fixes (issue 16), applied in a `site fixes` phase; the result then carries a `FixReport`. */
  rules?: readonly SiteRule[];
  /**
   * Issue 19 §4: `learned` chooses the teaser with the learned scorer instead of the rules (off by
   * default: on the check half it does not beat them); `onCandidates` hears the blocks it chooses
   * among, which is how the training script sees each page.
   */
  teaserScorer?: TeaserScorer;
}

export interface TeaserScorer {
  learned?: boolean;
  onCandidates?: (candidates: TeaserCandidate[]) => void;
}

/** A result with `trace: true`: the same result, with the record of how it was reached. */
export type TracedResult = ExtractResult & { trace: ExtractTrace };

/**
 * Where an element stood in the page, in terms that stay stable across a site's articles (for a
 * rule that finds "the same block" on the next page): never its text, never a position alone.
 */
export interface ElementDescription {
  /** Lower-case tag name as the page wrote it (before Readability renamed any). */
  tag: string;
  id?: string;
  classes: string[];
  role?: string;
  /** Nearest enclosing landmark: `article`, `aside.sidebar`, `[role=complementary]`, `main#content`… */
  landmark?: string;
  /** Up to three ancestors below the landmark, nearest first, as `tag#id.class`. */
  path: string[];
}

/** The passes that remove, move or add text, in the order they run. */
export type PassName =
  | 'polls'
  | 'consent notices'
  | 'breadcrumbs'
  | 'hidden text kept'
  | 'streamed parts'
  | 'unwrapped paragraphs'
  | 'readability'
  | 'continuation'
  | 'screen reader labels'
  | 'form labels'
  | 'leading duplicates'
  | 'teaser duplicates'
  | 'cards'
  | 'boilerplate'
  | 'tail'
  | 'author bio'
  | 'credit lines'
  | 'datelines'
  | 'pictures in lists'
  | 'permalinks'
  | 'fallback'
  | 'site fixes'
  | 'sanitiser';

export interface PassRecord {
  pass: PassName;
  /** What happened to the text: taken out, kept where a pass would have lost it, moved, or added to the body. */
  action: 'removed' | 'kept' | 'moved' | 'added';
  /** The rule or pattern, in a few words. */
  why: string;
  /** The text, shortened to about 120 characters. */
  text: string;
  /** The text's full length, in characters. */
  chars: number;
  element?: ElementDescription;
}

export interface FieldCandidate<T> {
  value: T;
  /** Where the value was read: `json-ld headline`, `meta og:title`, `h1`, `byline near the headline`, `teaser: description-echo`… */
  source: string;
  element?: ElementDescription;
}

export interface FieldTrace<T> extends FieldCandidate<T> {
  /** Other sources that gave the same value. */
  also: string[];
  /** The other values that were seen and lost, one per distinct value, in the order they were seen. */
  candidates: Array<FieldCandidate<T>>;
}

export interface TraceFields {
  title: FieldTrace<string>;
  authors: FieldTrace<string[]>;
  teaser: FieldTrace<string[]>;
  publishedTime: FieldTrace<string | null>;
  siteName: FieldTrace<string | null>;
  leadImage: FieldTrace<string | null>;
  lang: FieldTrace<string>;
}

export type FieldName = keyof TraceFields;

export interface ExtractTrace {
  passes: PassRecord[];
  /** Every field on an article; on a page with no article, the fields read before it gave up (none, or some). */
  fields: Partial<TraceFields>;
}

/** What became of one site fix on this article; `index` is its place in `ExtractOptions.rules`. */
export interface FixOutcome {
  index: number;
  kind: SiteRule['kind'];
  applied: boolean;
  /**
   * Why not: its block is not on this page (`no-match`) or not in the body (`not-in-body`),
   * there is nothing to bring back (`already-there`), or the guard kept it from taking the
   * headline (`headline`) or more than half of the text (`too-much-text`).
   */
  reason?: 'no-match' | 'not-in-body' | 'already-there' | 'headline' | 'too-much-text';
}

export interface FixReport {
  /** How many rules changed this article. */
  applied: number;
  outcomes: FixOutcome[];
}
