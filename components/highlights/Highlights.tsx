import type { ComponentChildren } from 'preact';
import { HighlightsContext } from './context';
import type { HighlightStore } from './store';
import { useHighlights } from './useHighlights';

/** Wraps a reader with its highlights: `<Highlights store={…}><Reader …/></Highlights>`. */
export function Highlights({ store, children }: { store: HighlightStore; children: ComponentChildren }) {
  const highlights = useHighlights(store);
  return <HighlightsContext.Provider value={highlights}>{children}</HighlightsContext.Provider>;
}
