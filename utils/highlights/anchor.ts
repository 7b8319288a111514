import { textQuoteSelectorMatcher } from '@apache-annotator/selector';
import { loosen, type LooseText } from './loose-text';
import { matchQuote } from './match-quote';
import { rangeFromOffsets, utf16Offset } from './offsets';
import type { HighlightTarget } from './target';
import { WholeText } from './text-scope';

/**
 * Finds a highlight again in an article that may have been extracted anew since (the live page's
 * reader a week later, the saved copy, an import): first where it was, then the exact quote with
 * its context (the library's matcher, nearest to the old position when it occurs more than once),
 * then the same words after small changes. Null means the passage is gone from this version; the
 * caller keeps the highlight and says so.
 */
export async function anchorTarget(target: HighlightTarget, scope: Element): Promise<Range | null> {
  const text = scope.textContent ?? '';
  const start = utf16Offset(text, target.position.start);
  const end = start + target.quote.exact.length;
  if (text.slice(start, end) === target.quote.exact) return rangeFromOffsets(scope, start, end);

  const exact = await nearestExact(target, text, start);
  if (exact) return rangeFromOffsets(scope, exact.start, exact.end);

  const loose = loosen(text);
  const match = matchQuote(loose.text, loosen(target.quote.exact).text, {
    prefix: target.quote.prefix && loosen(target.quote.prefix).text,
    suffix: target.quote.suffix && loosen(target.quote.suffix).text,
    hint: looseOffset(loose, start),
  });
  if (!match) return null;
  return rangeFromOffsets(scope, loose.toRaw[match.start]!, rawEnd(loose, match.end));
}

/** The library's exact match of quote and context nearest to where the passage was (UTF-16 offsets). */
async function nearestExact(target: HighlightTarget, text: string, near: number) {
  let best: { start: number; end: number } | null = null;
  for await (const match of textQuoteSelectorMatcher(target.quote)(new WholeText(text))) {
    if (!best || Math.abs(match.startIndex - near) < Math.abs(best.start - near)) {
      best = { start: match.startIndex, end: match.endIndex };
    }
  }
  return best;
}

/** The first loose offset at or after a raw offset. */
function looseOffset(loose: LooseText, raw: number): number {
  let low = 0;
  let high = loose.toRaw.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (loose.toRaw[mid]! < raw) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Raw end (exclusive) of a loose span ending before `looseEnd`. */
function rawEnd(loose: LooseText, looseEnd: number): number {
  return looseEnd > 0 ? loose.toRaw[looseEnd - 1]! + 1 : 0;
}
