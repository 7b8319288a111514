import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { FixMode } from './useFixMode';

/**
 * Fix mode reaches the bar and the body through a context, as highlights do: only the overlay
 * provides it (it has the live page a rule is made from). No provider ⇒ no fix mode.
 */
export const FixesContext = createContext<FixMode | null>(null);

export function useFixesContext(): FixMode | null {
  return useContext(FixesContext);
}
