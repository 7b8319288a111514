/**
 * Word lists and regular expressions of the extraction heuristics, in one table so a new
 * language or publisher convention is one line here rather than a code change.
 */

/** [host without www, path prefix] of the only iframes kept in the body: video players. */
export const VIDEO_EMBED_HOSTS: ReadonlyArray<readonly [string, string]> = [
  ['youtube.com', '/embed/'],
  ['youtube-nocookie.com', '/embed/'],
  ['player.vimeo.com', '/video/'],
  ['dailymotion.com', '/embed/'],
  ['geo.dailymotion.com', '/player'],
];

/** schema.org types that describe the article itself (NewsArticle, BlogPosting, ReportageNewsArticle...). */
export const ARTICLE_TYPES = /(Article|BlogPosting|Posting|Report|Review)$/;

/** Meta names carrying the publication date, most specific first. */
export const DATE_META_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'dc.date.issued', 'dc.date', 'dcterms.date', 'dcterms.created',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'published-date', 'citation_publication_date',
];

/** Meta names carrying author names. */
export const AUTHOR_META_KEYS = [
  'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'citation_author',
];
