import type { HighlightColor, HighlightTarget } from '@/utils/highlights/target';
import type { StoredHighlight } from '@/utils/library/db';

/**
 * Where a reader's highlights live, as the two hosts reach it: the overlay through the
 * background's messages, the saved-article page straight from the library. Every method
 * rejects with a `HighlightStoreError` whose text the reader can show as it is.
 */
export interface HighlightStore {
  list(): Promise<StoredHighlight[]>;
  add(input: { color: HighlightColor; text: string; target: HighlightTarget }): Promise<StoredHighlight>;
  update(id: string, change: { color?: HighlightColor; note?: string }): Promise<StoredHighlight>;
  remove(id: string): Promise<StoredHighlight>;
  restore(record: StoredHighlight): Promise<void>;
}

export class HighlightStoreError extends Error {}
