import type { ComponentChildren } from 'preact';
import { HighlightsContext } from './context';
import type { HighlightStore } from './store';
import { useHighlights } from './useHighlights';

/** Wraps a reader with its highlights: `<Highlights store={…}><Reader …/></Highlights>`. */
export function Highlights(props: { store: HighlightStore; reveal?: string | null; children: ComponentChildren }) {
  const highlights = useHighlights(props.store, props.reveal ?? null);
  return <HighlightsContext.Provider value={highlights}>{props.children}</HighlightsContext.Provider>;
}
