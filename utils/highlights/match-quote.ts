import search from 'approx-string-match';

/**
 * Finds a quote in a text that may have changed since the quote was taken, the way Hypothesis
 * re-anchors annotations: approximate matches of the quote (bit-parallel edit distance), each scored
 * by how well the quote, the text before it and the text after it agree, and how near it lies to
 * where it was. A match whose own words differ by more than a quarter is not the same passage:
 * the highlight is then reported as not found rather than pinned to other words.
 */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote started last time, in the same text's offsets. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1, how much of the quote's own text agrees. */
  quoteScore: number;
}

const MIN_QUOTE_SCORE = 0.75;
/** Edit-distance search costs grow with the errors allowed; a long quote needs no more than this. */
const MAX_ERRORS = 256;

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };

function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  const [best] = search(text, pattern, pattern.length);
  return best ? 1 - best.errors / pattern.length : 0;
}

function exactMatches(text: string, quote: string): { start: number; end: number; errors: number }[] {
  const found: { start: number; end: number; errors: number }[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const exact = exactMatches(text, quote);
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * (1 - MIN_QUOTE_SCORE)));
  const candidates = exact.length > 0 ? exact : search(text, quote, maxErrors);
  let best: (QuoteMatch & { score: number }) | null = null;
  for (const match of candidates) {
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix
      ? similarity(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix)
      : 1;
    const suffixScore = context.suffix
      ? similarity(text.slice(match.end, match.end + context.suffix.length), context.suffix)
      : 1;
    const positionScore = context.hint === undefined ? 1 : 1 - Math.abs(match.start - context.hint) / text.length;
    const score =
      WEIGHT.quote * quoteScore +
      WEIGHT.prefix * prefixScore +
      WEIGHT.suffix * suffixScore +
      WEIGHT.position * positionScore;
    if (quoteScore >= MIN_QUOTE_SCORE && (!best || score > best.score)) {
      best = { start: match.start, end: match.end, quoteScore, score };
    }
  }
  return best && { start: best.start, end: best.end, quoteScore: best.quoteScore };
}
