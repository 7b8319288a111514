import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { getArticle, listSummaries, searchIds } from '@/utils/library/articles';
import { DB_NAME, DB_VERSION, upgradeSteps } from '@/utils/library/db';
import { makeArticle, numbered, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

/** A library as Lede with schema v1 left it: whole records, no progress, no summaries. */
async function writeV1Library(records: object[]): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade: (database, _old, _new, tx) => upgradeSteps[0]!(database, tx),
  });
  for (const record of records) await db.put('articles', record);
  db.close();
}

describe('schema migration', () => {
  it('the current schema is v2', () => {
    expect(DB_VERSION).toBe(2);
  });

  it('migrates a v1 library to the current version with nothing lost', async () => {
    const v1 = Array.from({ length: 30 }, (_, i) => ({
      id: `v1-${i}`,
      article: numbered(i, { text: `Body ${i} mentions Wladiwostok${i}` }),
      savedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
      updatedAt: new Date(Date.UTC(2025, 1, 1 + i)).toISOString(),
      read: i % 3 === 0,
    }));
    await writeV1Library(v1);

    const list = await listSummaries();
    expect(list).toHaveLength(30);
    expect(list[0]?.id).toBe('v1-29');
    for (const old of v1) {
      expect(await getArticle(old.id)).toEqual({ ...old, readProgress: old.read ? 1 : 0 });
    }
    expect(await searchIds('wladiwostok7')).toEqual(new Set(['v1-7']));
  });

  it('keeps the v1 library untouched when it is opened again after the migration', async () => {
    await writeV1Library([
      { id: 'a', article: makeArticle(), savedAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', read: false },
    ]);
    expect(await listSummaries()).toHaveLength(1);
    const db = await openDB(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'search', 'summaries']);
    db.close();
  });
});
