import type { HighlightColor } from '@/utils/highlights/target';
import { unwrap, wrapRange } from '@/utils/highlights/wrap';
import { customHighlights } from '../custom-highlights';

/**
 * Paints the reader's highlights. Where the CSS Custom Highlight API exists (Chromium, Firefox 140+),
 * ranges are painted by `::highlight(lede-hl-COLOUR)` and the article's DOM is never touched, so
 * theme, font and width changes, Listen's follow-along and a later re-anchoring all see the same
 * text. Elsewhere the text is wrapped in `<mark>`s that are removed before the next paint.
 */
export interface PaintedHighlight {
  id: string;
  color: HighlightColor;
  range: Range;
}

export const highlightName = (color: HighlightColor) => `lede-hl-${color}`;

let marks: Element[] = [];

export function paintHighlights(painted: PaintedHighlight[], colors: readonly HighlightColor[]): void {
  clearHighlights(colors);
  const api = customHighlights();
  if (api) {
    for (const color of colors) {
      const ranges = painted.filter((h) => h.color === color).map((h) => h.range);
      if (ranges.length > 0) api.registry.set(highlightName(color), new api.Highlight(...ranges));
    }
    return;
  }
  // Marks change the text nodes that later ranges point into: paint from the end backwards.
  const ordered = [...painted].sort((a, b) => b.range.compareBoundaryPoints(0 /* START_TO_START */, a.range));
  marks = ordered.flatMap((h) =>
    wrapRange(h.range, () => {
      const mark = h.range.startContainer.ownerDocument!.createElement('mark');
      mark.className = `lede-hl lede-hl-${h.color}`;
      mark.dataset.id = h.id;
      return mark;
    }),
  );
}

export function clearHighlights(colors: readonly HighlightColor[]): void {
  const api = customHighlights();
  for (const color of colors) api?.registry.delete(highlightName(color));
  unwrap(marks);
  marks = [];
}
