import type { Article } from '../article';

/**
 * Distinct words indexed per article: a long report keeps every word, and one huge page cannot
 * flood the index. The headline, site, authors and teaser come first, so they always count.
 */
export const MAX_WORDS = 2000;
/** Longer words are cut here; a query word is cut the same way, so it still matches. */
const MAX_WORD_LENGTH = 40;

/** Letters that neither case nor Unicode decomposition take to plain Latin. */
const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Chinese and Japanese write words without spaces, so their runs are indexed as overlapping
 * pairs of characters (plus the run's last character): any part of a run the user types is a
 * prefix of one of them. Korean puts spaces between words and is indexed by word like Latin.
 */
const CJK_RUN = /(?:(?=[\p{L}\p{M}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}])+/u;
const TOKEN = new RegExp(`${CJK_RUN.source}|(?:(?!${CJK_RUN.source})[\\p{L}\\p{N}\\p{M}])+`, 'gu');
const CJK_START = new RegExp(`^${CJK_RUN.source}`, 'u');

/**
 * Folds text the way the index compares it: compatibility forms (full-width letters, ligatures),
 * case and diacritics do not matter, so "MUNCHEN" finds "München"; invisible format characters
 * such as soft hyphens (common in German headlines) do not split a word.
 */
function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => SPELLED_OUT[letter]!)
    .normalize('NFC');
}

/** The tokens of a text in order of appearance, repeats included. */
function* tokens(text: string): Generator<string> {
  for (const [match] of foldText(text).matchAll(TOKEN)) {
    if (!CJK_START.test(match)) {
      yield match.slice(0, MAX_WORD_LENGTH);
      continue;
    }
    const chars = [...match];
    for (let i = 0; i + 1 < chars.length; i++) yield chars[i]! + chars[i + 1]!;
    yield chars.at(-1)!;
  }
}

/** The distinct words of the parts, in order, stopping at `limit`. */
export function distinctWords(parts: Iterable<string>, limit = MAX_WORDS): string[] {
  const words = new Set<string>();
  for (const part of parts) {
    for (const token of tokens(part)) {
      words.add(token);
      if (words.size === limit) return [...words];
    }
  }
  return [...words];
}

/**
 * Beginnings up to this long are indexed as entries of their own, so that the first letters typed
 * read one index entry per article. As a range over whole words, "th" would read every "the",
 * "that", "this"... of every article, tens of thousands of entries in a large library.
 */
export const SHORT_PREFIX = 3;
/** Marks a beginning; it never occurs in a word, so a beginning never matches as a whole word. */
const BEGINNING = '\u0001';

/** The key under which the index lists the articles that have a word starting with `prefix`. */
export function beginningKey(prefix: string): string {
  return prefix + BEGINNING;
}

/** The words plus the beginning keys of their first one to SHORT_PREFIX characters. */
export function withBeginnings(words: string[]): string[] {
  const beginnings = new Set<string>();
  for (const word of words) {
    const chars = [...word];
    for (let n = 1; n <= Math.min(SHORT_PREFIX, chars.length); n++)
      beginnings.add(beginningKey(chars.slice(0, n).join('')));
  }
  return [...words, ...beginnings];
}

/** The words of an article's headline, site, authors, teaser and text, in that order. */
function articleWords(article: Article): string[] {
  return distinctWords([article.title, article.siteName ?? '', ...article.authors, ...article.teaser, article.text]);
}

/** What the index holds for an article: its words and their beginnings. */
export function indexKeys(article: Article): string[] {
  return withBeginnings(articleWords(article));
}

export interface QueryWords {
  /** Words the user has finished typing: each must be in the article. */
  whole: string[];
  /** The word being typed: some word of the article must start with it. */
  prefix: string | null;
}

/**
 * Splits a query like the index splits text. A CJK run gives its character pairs, all whole;
 * only a lone character, like the last Latin word, is matched as a prefix.
 */
export function queryWords(query: string): QueryWords {
  const words: string[] = [];
  for (const [match] of foldText(query).matchAll(TOKEN)) {
    const chars = [...match];
    if (!CJK_START.test(match) || chars.length === 1) words.push(match.slice(0, MAX_WORD_LENGTH));
    else for (let i = 0; i + 1 < chars.length; i++) words.push(chars[i]! + chars[i + 1]!);
  }
  const prefix = words.pop() ?? null;
  return { whole: [...new Set(words)].filter((word) => word !== prefix), prefix };
}
