import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Listen } from './useListen';

/**
 * The player reaches the reader's toolbar through a context, so the hosts (overlay, saved-article
 * page) own the player and the shared Reader needs no new props. No provider ⇒ no Listen button.
 */
export const ListenContext = createContext<Listen | null>(null);

export function useListenContext(): Listen | null {
  return useContext(ListenContext);
}
