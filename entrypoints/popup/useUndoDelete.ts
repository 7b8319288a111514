import { useEffect, useState } from 'preact/hooks';
import { removeArticle, restoreArticle, type RemovedArticle } from '@/utils/library/articles';
import type { ArticleSummary } from '@/utils/library/db';

/** How long the "Undo" toast stays after a delete. */
const UNDO_MS = 6000;

/**
 * Delete with undo: the deleted record is kept in memory until the toast goes, and undo writes
 * it back whole, with its kept pictures.
 */
export function useUndoDelete(
  refresh: () => void,
  fail: (error: unknown) => void,
): { deleted: RemovedArticle | null; remove(item: ArticleSummary): Promise<void>; undo(): Promise<void> } {
  const [deleted, setDeleted] = useState<RemovedArticle | null>(null);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const remove = async (item: ArticleSummary) => {
    try {
      setDeleted(await removeArticle(item.id));
      refresh();
    } catch (error) {
      fail(error);
    }
  };

  const undo = async () => {
    if (!deleted) return;
    const record = deleted;
    setDeleted(null);
    await restoreArticle(record).then(refresh, fail);
  };

  return { deleted, remove, undo };
}
