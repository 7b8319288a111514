import type { SavedArticle } from '../record-types';
import type { AnyDb, UpgradeTx } from './types';

/**
 * v2: records gain `readProgress` (a v1 article marked read counts as read to the end), and the
 * list's summaries and a search string per article got stores of their own. The chain always
 * runs on to v3, which rebuilds both from the records, so they are not filled here.
 */
export async function migrateToV2(db: AnyDb, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('summaries', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
  db.createObjectStore('search', { keyPath: 'id' });
  const articles = tx.objectStore('articles');
  for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
    const v1 = cursor.value as Omit<SavedArticle, 'readProgress'>;
    await cursor.update({ ...v1, readProgress: v1.read ? 1 : 0 });
  }
}
