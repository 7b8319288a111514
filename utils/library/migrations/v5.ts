import type { AnyDb } from './types';

/**
 * v5: highlights and notes get a store of their own, listed per article and newest first across
 * the library. Existing articles are left exactly as they were.
 */
export function migrateToV5(db: AnyDb): void {
  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('articleId', 'articleId');
  highlights.createIndex('createdAt', 'createdAt');
}
