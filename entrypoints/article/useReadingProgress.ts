import { useEffect, useRef } from 'preact/hooks';
import { setProgress, setRead } from '@/utils/library/articles';
import type { SavedArticle } from '@/utils/library/db';
import { READ_AT, scrollToProgress, trackProgress } from './progress';

const PROGRESS_INTERVAL_MS = 1000;

/**
 * Once the article is on the page (`shown`), scroll to where the reader stopped, then record how
 * far they read, and mark the article read near its end.
 */
export function useReadingProgress(record: SavedArticle | null, shown: boolean): void {
  const markedRead = useRef(false);
  useEffect(() => {
    if (!record || !shown) return;
    document.title = record.article.title;
    markedRead.current = record.read;
    // Let the body lay out before jumping to where the reader stopped.
    requestAnimationFrame(() => scrollToProgress(record.readProgress));
    return trackProgress((progress) => {
      void setProgress(record.id, progress).catch(() => undefined);
      if (progress >= READ_AT && !markedRead.current) {
        markedRead.current = true;
        void setRead(record.id, true).catch(() => undefined);
      }
    }, PROGRESS_INTERVAL_MS);
  }, [record, shown]);
}
