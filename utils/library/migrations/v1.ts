import type { AnyDb } from './types';

/**
 * v1, the first shipped schema: one store of whole records, unique by URL. Kept as the first
 * step of the chain so that a fresh install and an old library reach the current schema the same way.
 */
export function createV1(db: AnyDb): void {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('url', 'article.url', { unique: true });
}
