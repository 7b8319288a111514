type Registry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => unknown;

/**
 * The CSS Custom Highlight API (`CSS.highlights` and `Highlight`), or null where the browser has
 * none. Listen's follow-along and the reader's highlights both paint through it, so neither touches
 * the article's DOM.
 */
export function customHighlights(): { registry: Registry; Highlight: HighlightCtor } | null {
  const scope = globalThis as { CSS?: { highlights?: Registry }; Highlight?: HighlightCtor };
  return scope.CSS?.highlights && scope.Highlight
    ? { registry: scope.CSS.highlights, Highlight: scope.Highlight }
    : null;
}
