import { useEffect, useState } from 'preact/hooks';
import { getArticle } from '@/utils/library/articles';
import type { SavedArticle } from '@/utils/library/db';

export type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; record: SavedArticle };

/** The saved record behind `article.html?id=…`, read from IndexedDB with no network. */
export function useSavedRecord(id: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    getArticle(id).then(
      (record) => setLoaded(record ? { state: 'ready', record } : { state: 'missing' }),
      () => setLoaded({ state: 'missing' }),
    );
  }, [id]);
  return loaded;
}
