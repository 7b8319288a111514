/**
 * Highlights in the library: schema v5 keeps every article of a v4 library (5,000 of them, with
 * their summaries, words and pictures), and highlights are added, changed, listed, counted and
 * deleted with their article.
 */
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { getArticle, removeArticle, restoreArticle, saveArticle } from '@/utils/library/articles';
import { exportLibrary, importLibrary } from '@/utils/library/backup';
import { DB_NAME, disconnect, type SavedArticle } from '@/utils/library/db';
import {
  addHighlight,
  allHighlights,
  highlightCounts,
  highlightsOf,
  removeHighlight,
  restoreHighlights,
  updateHighlight,
} from '@/utils/library/highlights';
import { searchIds } from '@/utils/library/list';
import { getPictures } from '@/utils/library/pictures';
import { summarise, wordsEntry } from '@/utils/library/records';
import { upgradeSteps } from '@/utils/library/schema';
import type { HighlightTarget } from '@/utils/highlights/target';
import { listSummaries, makeArticle, numbered, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

const LIBRARY_SIZE = 5_000;

function target(exact: string, start: number): HighlightTarget {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    block: 0,
  };
}

describe('highlights in the library', () => {
  it(
    'schema v5 keeps every article of a v4 library of 5,000, with summaries, search and pictures',
    { timeout: 120_000 },
    async () => {
      const records: SavedArticle[] = Array.from({ length: LIBRARY_SIZE }, (_, i) => ({
        id: `v4-${i}`,
        article: numbered(i, { text: `Body ${i} nennt Jyväskylä${i}` }),
        savedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
        updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
        read: i % 5 === 0,
        readProgress: i % 5 === 0 ? 1 : 0.25,
      }));
      const v4 = await openDB(DB_NAME, 4, {
        upgrade: async (database, _old, _new, tx) => {
          for (let v = 0; v < 4; v++) await upgradeSteps[v]!(database, tx);
        },
      });
      const tx = v4.transaction(['articles', 'summaries', 'words', 'pictures'], 'readwrite');
      for (const record of records) {
        void tx.objectStore('articles').put(record);
        void tx.objectStore('summaries').put(summarise(record));
        void tx.objectStore('words').put(wordsEntry(record));
      }
      void tx
        .objectStore('pictures')
        .put({ articleId: 'v4-7', src: 'https://news.example/a.jpg', type: 'image/jpeg', bytes: new ArrayBuffer(4) });
      await tx.done;
      v4.close();

      expect(await listSummaries()).toHaveLength(LIBRARY_SIZE);
      for (const record of [records[0]!, records[2_345]!, records[LIBRARY_SIZE - 1]!]) {
        expect(await getArticle(record.id)).toEqual(record);
      }
      expect(await searchIds('jyvaskyla4321')).toEqual(new Set(['v4-4321']));
      expect(await getPictures('v4-7')).toHaveLength(1);
      expect(await allHighlights()).toEqual([]);
    },
  );

  it('adds, changes, lists in reading order, counts and deletes highlights', async () => {
    const { id } = await saveArticle(makeArticle());
    const later = await addHighlight(
      { articleId: id, color: 'yellow', text: 'Verteidigungsminister', target: target('Verteidigungsminister', 56) },
      new Date('2026-12-01T10:00:00Z'),
    );
    const first = await addHighlight(
      { articleId: id, color: 'blue', note: 'Wer?', text: 'Japans', target: target('Japans', 22) },
      new Date('2026-12-02T10:00:00Z'),
    );
    expect((await highlightsOf(id)).map((h) => h.text)).toEqual(['Japans', 'Verteidigungsminister']);
    expect((await allHighlights()).map((h) => h.id)).toEqual([first.id, later.id]);
    expect(await highlightCounts([id, 'other'])).toEqual(new Map([[id, 2]]));

    const changed = await updateHighlight(
      later.id,
      { color: 'pink', note: 'Beide Minister' },
      new Date('2026-12-03T10:00:00Z'),
    );
    expect(changed).toMatchObject({ color: 'pink', note: 'Beide Minister', updatedAt: '2026-12-03T10:00:00.000Z' });

    const removed = await removeHighlight(first.id);
    expect((await highlightsOf(id)).map((h) => h.id)).toEqual([later.id]);
    expect(await restoreHighlights([removed])).toBe(1);
    expect(await highlightsOf(id)).toHaveLength(2);
  });

  it('never stores a highlight without its article, and deletes highlights with the article', async () => {
    await expect(
      addHighlight({ articleId: 'missing', color: 'green', text: 'x', target: target('x', 0) }),
    ).rejects.toMatchObject({ code: 'not-found' });
    const { id } = await saveArticle(makeArticle());
    const highlight = await addHighlight({
      articleId: id,
      color: 'green',
      text: 'Montag',
      target: target('Montag', 3),
    });
    const removed = await removeArticle(id);
    expect(await allHighlights()).toEqual([]);
    expect(await restoreHighlights([highlight])).toBe(0);
    // Undo of the delete brings the article back with its highlights.
    expect(removed.highlights).toEqual([highlight]);
    await restoreArticle(removed);
    expect(await highlightsOf(id)).toEqual([highlight]);
  });
});

describe('highlights in backups', () => {
  it('travel in the JSON backup and come back with their article, once, whatever happened to the ids', async () => {
    const { id } = await saveArticle(makeArticle());
    const kept = await addHighlight({
      articleId: id,
      color: 'pink',
      note: 'Notiz',
      text: 'Japans',
      target: target('Japans', 22),
    });
    const backup = JSON.parse(await exportLibrary()) as { highlights: unknown[]; articles: { id: string }[] };
    expect(backup.highlights).toEqual([kept]);

    // A malformed entry, and one whose article is not in the file, are left out.
    backup.highlights.push({ ...kept, id: 'bad', color: 'red' }, { ...kept, id: 'orphan', articleId: 'nowhere' });
    globalThis.indexedDB = new IDBFactory();
    await disconnect();
    expect(await importLibrary(JSON.stringify(backup))).toMatchObject({ ok: true, counts: { added: 1 } });
    expect(await allHighlights()).toEqual([kept]);

    // The same file again: the article is not newer, the highlight is not doubled.
    await importLibrary(JSON.stringify(backup));
    expect(await allHighlights()).toEqual([kept]);
  });
});
