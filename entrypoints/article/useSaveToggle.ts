import { useRef, useState } from 'preact/hooks';
import { libraryErrorText } from '@/components/LibraryText';
import { removeArticle, restoreArticle, type RemovedArticle } from '@/utils/library/articles';
import type { SavedArticle } from '@/utils/library/db';
import { toFailure } from '@/utils/library/errors';

/**
 * Save on the saved-article page. Unsaving here really deletes; saving again puts the same record
 * back, progress and pictures included.
 */
export function useSaveToggle(record: SavedArticle | null) {
  const [saved, setSaved] = useState(true);
  const [saveError, setSaveError] = useState<string | null>(null);
  const removed = useRef<RemovedArticle | null>(null);
  const toggleSave = async () => {
    if (!record) return;
    try {
      if (saved) removed.current = await removeArticle(record.id);
      else await restoreArticle(removed.current ?? record);
      setSaved(!saved);
      setSaveError(null);
    } catch (error) {
      setSaveError(libraryErrorText(toFailure(error).code));
    }
  };
  return { saved, saveError, toggleSave };
}
