import type { Article } from '../article';
import type { SavedArticle } from './db';
import type { KeptPageMessage, SizeExcess } from '../messages';
import { SENT_PAGE_CAP } from './page-markup';

/**
 * Shape checks for everything that reaches the library from outside its own code: messages
 * (types are only compile-time promises) and imported files (anything at all). A value that
 * passes is rebuilt field by field, so unknown properties never get stored.
 */

const LIMITS = {
  url: 4096,
  title: 2000,
  name: 500,
  authors: 100,
  teaserItem: 5000,
  teaser: 50,
  content: 10_000_000,
  text: 5_000_000,
  excerpt: 10_000,
  date: 100,
  lang: 35,
  id: 100,
};

/**
 * How far an article's text (or, failing that, its HTML) is over what the library keeps, or
 * null. Checked before `parseArticle`, which only says no: a 10 MB article that opened in the
 * reader must be refused with its size and the limit, not as "could not be stored".
 */
export function sizeExcess(value: unknown): SizeExcess | null {
  if (!isRecord(value)) return null;
  const over = (field: unknown, limit: number) =>
    typeof field === 'string' && field.length > limit ? { size: field.length, limit } : null;
  return over(value.text, LIMITS.text) ?? over(value.content, LIMITS.content);
}

function str(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

function nullableStr(value: unknown, max: number): string | null | undefined {
  return value === null ? null : str(value, max);
}

function strArray(value: unknown, maxItems: number, maxLength: number): string[] | undefined {
  if (!Array.isArray(value) || value.length > maxItems) return undefined;
  return value.every((item) => str(item, maxLength) !== undefined) ? [...(value as string[])] : undefined;
}

function httpUrl(value: unknown): string | undefined {
  const text = str(value, LIMITS.url);
  if (text === undefined) return undefined;
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:' ? text : undefined;
  } catch {
    return undefined;
  }
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function isoDate(value: unknown): string | undefined {
  const text = str(value, LIMITS.date);
  return text !== undefined && !Number.isNaN(Date.parse(text)) ? text : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseArticle(value: unknown): Article | null {
  if (!isRecord(value)) return null;
  const leadImage = value.leadImage === null ? null : httpUrl(value.leadImage);
  const lang = str(value.lang, LIMITS.lang);
  const article = {
    url: httpUrl(value.url),
    title: str(value.title, LIMITS.title),
    authors: strArray(value.authors, LIMITS.authors, LIMITS.name),
    teaser: strArray(value.teaser, LIMITS.teaser, LIMITS.teaserItem),
    content: str(value.content, LIMITS.content),
    text: str(value.text, LIMITS.text),
    excerpt: str(value.excerpt, LIMITS.excerpt),
    publishedTime: value.publishedTime === null ? null : isoDate(value.publishedTime),
    siteName: nullableStr(value.siteName, LIMITS.name),
    leadImage,
    lang: lang !== undefined && /^([A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*)?$/.test(lang) ? lang : undefined,
    dir: value.dir === 'ltr' || value.dir === 'rtl' ? value.dir : undefined,
    wordCount: count(value.wordCount),
    readingMinutes: count(value.readingMinutes),
  };
  return Object.values(article).every((field) => field !== undefined) ? (article as Article) : null;
}

export function parseSavedArticle(value: unknown): SavedArticle | null {
  if (!isRecord(value)) return null;
  const article = parseArticle(value.article);
  const id = str(value.id, LIMITS.id);
  const savedAt = isoDate(value.savedAt);
  const updatedAt = isoDate(value.updatedAt);
  const progress = count(value.readProgress);
  if (!article || !id || !savedAt || !updatedAt || typeof value.read !== 'boolean') return null;
  if (progress === undefined || progress > 1) return null;
  return { id, article, savedAt, updatedAt, read: value.read, readProgress: progress };
}

/** Ids come from the popup or the overlay; anything else is not an id this library made. */
export function parseId(value: unknown): string | null {
  return str(value, LIMITS.id) || null;
}

export function parseUrl(value: unknown): string | null {
  return httpUrl(value) ?? null;
}

/** A page to keep: markup over the cap is refused here too, as if the sender had said so (null). */
export function parseKeptPage(value: unknown): KeptPageMessage | null {
  if (!isRecord(value)) return null;
  const id = parseId(value.id);
  const url = httpUrl(value.url);
  const html = value.html === null || typeof value.html === 'string' ? value.html : undefined;
  if (!id || url === undefined || html === undefined) return null;
  return { id, url, html: html !== null && html.length <= SENT_PAGE_CAP ? html : null };
}

/** Why an entry of a backup was left out; the popup names it ("Article 2: no URL"). */
export type SkipReason = 'not-an-article' | 'no-url' | 'bad-url' | 'no-title' | 'no-body' | 'damaged';

/** Only called for an entry `parseSavedArticle` refused, to tell the user what is wrong with it. */
export function whyInvalid(value: unknown): SkipReason {
  if (!isRecord(value) || !isRecord(value.article)) return 'not-an-article';
  const { url, title, content } = value.article;
  if (url === undefined || url === null || url === '') return 'no-url';
  if (httpUrl(url) === undefined) return 'bad-url';
  if (typeof title !== 'string' || title.trim() === '') return 'no-title';
  if (typeof content !== 'string') return 'no-body';
  return 'damaged';
}
