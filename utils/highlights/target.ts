import type { TextPositionSelector, TextQuoteSelector } from '@apache-annotator/selector';

/**
 * Where a highlight sits, as a W3C Web Annotation target: the quoted text with some context on
 * either side, its character offsets in the article's text, and the block it starts in. The quote
 * finds the passage again after the article was extracted anew; the offsets choose between equal
 * quotes and rescue a quote whose words changed a little.
 */
export interface HighlightTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** Index of the article's top-level block (paragraph, heading, list …) the highlight starts in. */
  block: number;
}

export type { TextPositionSelector, TextQuoteSelector };

/** True when an untrusted value (an import, an old record) has the shape of a target. */
export function isHighlightTarget(value: unknown): value is HighlightTarget {
  if (typeof value !== 'object' || value === null) return false;
  const { quote, position, block } = value as Record<string, unknown>;
  if (typeof quote !== 'object' || quote === null || typeof position !== 'object' || position === null) return false;
  const q = quote as Record<string, unknown>;
  const p = position as Record<string, unknown>;
  return (
    q.type === 'TextQuoteSelector' &&
    typeof q.exact === 'string' &&
    q.exact.length > 0 &&
    (q.prefix === undefined || typeof q.prefix === 'string') &&
    (q.suffix === undefined || typeof q.suffix === 'string') &&
    p.type === 'TextPositionSelector' &&
    Number.isInteger(p.start) &&
    Number.isInteger(p.end) &&
    (p.start as number) >= 0 &&
    (p.end as number) >= (p.start as number) &&
    Number.isInteger(block) &&
    (block as number) >= 0
  );
}

/** The four colours offered, in the bar's order; names, not values, so themes can tint them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
