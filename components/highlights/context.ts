import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Highlights } from './useHighlights';

/**
 * The reader's highlights reach the bar and the body through a context: the hosts (overlay,
 * saved-article page) own them and say where they are stored. No provider ⇒ no highlighting.
 */
export const HighlightsContext = createContext<Highlights | null>(null);

export function useHighlightsContext(): Highlights | null {
  return useContext(HighlightsContext);
}
