import type { HighlightColor, HighlightTarget } from '../highlights/target';
import { read, write } from './access';
import type { StoredHighlight } from './db';
import { LibraryFailure } from './errors';

/**
 * Highlights and notes of saved articles. A highlight belongs to a saved article: the caller saves
 * an unsaved article first, so a highlight is never lost with a closed tab.
 */
export interface NewHighlight {
  articleId: string;
  color: HighlightColor;
  note?: string;
  text: string;
  target: HighlightTarget;
}

export function addHighlight(input: NewHighlight, now = new Date()): Promise<StoredHighlight> {
  return write(async (tx) => {
    if (!(await tx.objectStore('articles').getKey(input.articleId))) throw new LibraryFailure('not-found');
    const at = now.toISOString();
    const record: StoredHighlight = {
      id: crypto.randomUUID(),
      articleId: input.articleId,
      color: input.color,
      note: input.note ?? '',
      text: input.text,
      target: input.target,
      createdAt: at,
      updatedAt: at,
    };
    await tx.objectStore('highlights').put(record);
    return record;
  });
}

export function updateHighlight(
  id: string,
  change: Partial<Pick<StoredHighlight, 'color' | 'note'>>,
  now = new Date(),
): Promise<StoredHighlight> {
  return write(async (tx) => {
    const record = await tx.objectStore('highlights').get(id);
    if (!record) throw new LibraryFailure('not-found');
    const next = { ...record, ...change, updatedAt: now.toISOString() };
    await tx.objectStore('highlights').put(next);
    return next;
  });
}

/** Deletes one highlight and returns it, for undo. */
export function removeHighlight(id: string): Promise<StoredHighlight> {
  return write(async (tx) => {
    const record = await tx.objectStore('highlights').get(id);
    if (!record) throw new LibraryFailure('not-found');
    await tx.objectStore('highlights').delete(id);
    return record;
  });
}

/** Undo of a delete, and import: puts highlights back whose article is in the library. */
export function restoreHighlights(records: StoredHighlight[]): Promise<number> {
  return write(async (tx) => {
    let restored = 0;
    for (const record of records) {
      if (!(await tx.objectStore('articles').getKey(record.articleId))) continue;
      await tx.objectStore('highlights').put(record);
      restored++;
    }
    return restored;
  });
}

/** An article's highlights in reading order (where each was when it was made). */
export function highlightsOf(articleId: string): Promise<StoredHighlight[]> {
  return read(async (db) => {
    const found = await db.getAllFromIndex('highlights', 'articleId', articleId);
    return found.sort((a, b) => a.target.position.start - b.target.position.start);
  });
}

/** Every highlight in the library, newest first. */
export function allHighlights(): Promise<StoredHighlight[]> {
  return read(async (db) => (await db.getAllFromIndex('highlights', 'createdAt')).reverse());
}

/** How many highlights each of these articles has; articles without any are absent. */
export function highlightCounts(articleIds: string[]): Promise<Map<string, number>> {
  return read(async (db) => {
    const counts = new Map<string, number>();
    for (const id of articleIds) {
      const count = await db.countFromIndex('highlights', 'articleId', id);
      if (count > 0) counts.set(id, count);
    }
    return counts;
  });
}
