/**
 * Runs an optional phase (lazy images, authors, teaser, body cleanup…) so that a throw inside
 * it gives the phase's neutral result instead of losing the whole article: a page no rule
 * foresaw (an odd DOM, CSS the engine cannot parse) still reads as Readability reads it.
 */
export function guarded<T>(neutral: T, phase: () => T): T {
  try {
    return phase();
  } catch {
    return neutral;
  }
}
