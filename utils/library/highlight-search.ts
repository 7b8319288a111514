import { spellings } from './spellings';
import { distinctWords, queryWords } from './words';

/**
 * Whether a highlight answers a query, by the library's own rules: the same folding and word
 * splitting as the article index (so "Muenchen" finds "München", CJK by character pairs), each
 * finished word present, the word being typed the start of one. Highlights are few enough (a
 * library has hundreds, not millions) to match in memory; their text needs no index of its own.
 */
export function highlightMatches(parts: string[], query: string): boolean {
  const { whole, prefix } = queryWords(query);
  if (whole.length === 0 && prefix === null) return true;
  const words = distinctWords(parts, Number.POSITIVE_INFINITY);
  const has = new Set(words);
  const wholeFound = whole.every((word) => spellings(word, { complete: true }).some((s) => has.has(s)));
  if (!wholeFound || prefix === null) return wholeFound;
  const starts = spellings(prefix, { complete: false });
  return words.some((word) => starts.some((start) => word.startsWith(start)));
}
