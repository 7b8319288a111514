import type { AnyDb } from './types';

/**
 * v4: pictures kept for offline reading get a store of their own, keyed by article and address,
 * so that the list and search never read them. Existing articles are left exactly as they were.
 */
export function migrateToV4(db: AnyDb): void {
  db.createObjectStore('pictures', { keyPath: ['articleId', 'src'] }).createIndex('articleId', 'articleId');
}
