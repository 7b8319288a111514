import type { AnyDb } from './types';

/**
 * v6: the page an article was read from is kept beside it (gzip-compressed markup), so that a
 * saved copy can be read again with the site's current fixes. Keyed by article id, in a store of
 * its own so that the list, search and exports never read it. Existing articles are left exactly
 * as they were: they simply have no page.
 */
export function migrateToV6(db: AnyDb): void {
  db.createObjectStore('pages', { keyPath: 'articleId' });
}
